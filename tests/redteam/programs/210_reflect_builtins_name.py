# reflect: the name __builtins__ directly
M = "PWN" + "ED"

print(M, __builtins__["eval"]("__import__('os').getpid()"))
