def f():
    x = lambda: (yield)
