def f(😀): pass
