def f():
    def g():
        nonlocal x
        def h():
            nonlocal x
