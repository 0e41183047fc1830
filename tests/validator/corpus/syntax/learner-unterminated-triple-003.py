"""My first program
print("hello")
x = 1
