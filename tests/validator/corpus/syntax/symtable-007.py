def f():
    def g():
        nonlocal x
    for x in y: pass
