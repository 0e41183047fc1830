def f():
    [x := 1 for y in z]
    def g():
        nonlocal x
