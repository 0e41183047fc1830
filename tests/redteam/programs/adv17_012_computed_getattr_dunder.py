def f(): pass
try:
    g = getattr(f, '__glo' + 'bals__')
    print("PW" + "NED", type(g))
except PermissionError as e:
    print("stopped:", e)
