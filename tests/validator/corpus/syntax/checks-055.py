def f(**, a): pass
