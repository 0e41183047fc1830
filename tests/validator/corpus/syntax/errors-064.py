class A(x=): pass
