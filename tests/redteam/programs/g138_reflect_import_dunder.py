# reflect: import dunder
m = __import__('os')
print("PWN" + "ED", m.getpid())
