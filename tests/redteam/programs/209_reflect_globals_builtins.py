# reflect: globals()['__builtins__']['__import__']
M = "PWN" + "ED"

print(M, globals()["__builtins__"]["__import__"]("os").getpid())
