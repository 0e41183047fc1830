def f():
    global x
    global x
    del x
