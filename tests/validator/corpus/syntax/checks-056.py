def f(a, **, ): pass
