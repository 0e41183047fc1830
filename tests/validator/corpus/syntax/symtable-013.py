def f():
    x = 1
    def g():
        nonlocal x
        def h():
            nonlocal x
