def f():
    def g():
        def h():
            nonlocal x
    x = 1
