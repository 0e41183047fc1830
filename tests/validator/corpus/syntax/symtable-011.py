def f():
    try: pass
    except E as x: pass
    def g():
        nonlocal x
