# reflect: globals builtins
b = globals()['__builtins__']
print("PWN" + "ED", b)
