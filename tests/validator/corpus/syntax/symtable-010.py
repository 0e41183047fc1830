def f():
    match y:
        case [x]: pass
    def g():
        nonlocal x
