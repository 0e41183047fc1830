# import: __import__ with a computed name
M = "PWN" + "ED"

print(M, __import__("o" + "s").getpid())
