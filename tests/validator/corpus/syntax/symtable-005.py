def f():
    x = 1
    [lambda: x for y in z]
    def g():
        nonlocal x
