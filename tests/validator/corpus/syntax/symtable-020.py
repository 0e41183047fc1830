class A:
    global x
    x = 1
