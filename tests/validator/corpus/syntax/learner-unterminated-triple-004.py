def greet():
    print("hi")

message = """
Dear user,
thanks!
