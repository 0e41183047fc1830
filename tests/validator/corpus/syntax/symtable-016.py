def f():
    lambda: x
    global x
