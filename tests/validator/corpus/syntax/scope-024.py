def f():
    for x in y:
        global x
