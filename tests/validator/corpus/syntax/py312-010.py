print(type(1))
