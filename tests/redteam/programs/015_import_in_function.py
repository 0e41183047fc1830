# import: import inside a function body, under an alias
M = "PWN" + "ED"

def f():
    import posix as p
    return p.getpid()
print(M, f())
