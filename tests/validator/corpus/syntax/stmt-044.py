@x if y else z
def f(): pass
