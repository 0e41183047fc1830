def f():
    t = 0
    def g():
        nonlocal t
        t += 1
