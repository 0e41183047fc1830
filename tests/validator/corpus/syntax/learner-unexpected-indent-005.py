 print("hello")
print("world")
