def f():
    print([x for x in y])
    global x
