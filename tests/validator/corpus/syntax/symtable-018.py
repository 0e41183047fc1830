def f():
    global x, y
    x = y = 1
