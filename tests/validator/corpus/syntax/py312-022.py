def f():
    return lambda: (yield)
