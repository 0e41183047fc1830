def f():
    def g(x=x): pass
    global x
