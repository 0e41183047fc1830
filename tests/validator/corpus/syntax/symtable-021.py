x = 1
def f():
    global x
    x += 1
