class Dog
    pass
