def f():
    global x
    global x
