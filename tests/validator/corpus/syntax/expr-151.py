del a()
