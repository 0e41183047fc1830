# import: import subprocess inside a function
def f():
    import subprocess
    return subprocess
print("PWN" + "ED", f())
