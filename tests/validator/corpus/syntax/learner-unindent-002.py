def greet(name):
        print("Hello")
    print(name)
