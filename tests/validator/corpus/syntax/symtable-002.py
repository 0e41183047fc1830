def f():
    from m import x
    def g():
        nonlocal x
