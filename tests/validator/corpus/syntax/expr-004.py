x = lambda *, a: a
