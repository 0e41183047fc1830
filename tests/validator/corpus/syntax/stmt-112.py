def f():
    def g():
        def h():
            return 1
