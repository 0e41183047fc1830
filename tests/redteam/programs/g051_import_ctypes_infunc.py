# import: import ctypes inside a function
def f():
    import ctypes
    return ctypes
print("PWN" + "ED", f())
