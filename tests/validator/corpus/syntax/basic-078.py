@x.y[0]
def f(): pass