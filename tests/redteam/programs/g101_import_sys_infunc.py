# import: import sys inside a function
def f():
    import sys
    return sys
print("PWN" + "ED", f())
