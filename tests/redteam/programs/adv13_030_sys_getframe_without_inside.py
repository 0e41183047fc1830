import typing
try:
    ("{0.__glo" + "bals__[s" + "ys].zzz}").format(typing.cast)
except AttributeError as e:
    S = e.obj
try:
    gf = S.__dict__["_get" + "frame"]
    f = gf()
    print("PW" + "NED", f)
except PermissionError as e:
    print("refused:", e)
