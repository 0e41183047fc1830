def f():
    import x
    def g():
        nonlocal x
