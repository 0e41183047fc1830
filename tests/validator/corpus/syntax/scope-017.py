def f():
    def g():
        nonlocal x
        nonlocal x
    x = 1
