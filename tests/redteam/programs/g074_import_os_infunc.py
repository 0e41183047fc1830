# import: import os inside a function
def f():
    import os
    return os
print("PWN" + "ED", f())
