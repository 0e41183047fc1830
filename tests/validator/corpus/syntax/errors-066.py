def f(a, **): pass
