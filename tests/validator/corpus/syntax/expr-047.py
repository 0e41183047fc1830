f(a, a=1, a=2)
