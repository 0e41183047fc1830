def greet(name:
    pass

greet(1)
