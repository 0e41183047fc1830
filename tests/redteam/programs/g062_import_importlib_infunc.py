# import: import importlib inside a function
def f():
    import importlib
    return importlib
print("PWN" + "ED", f())
