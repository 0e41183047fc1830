class A(b, (x for x in y)): pass
