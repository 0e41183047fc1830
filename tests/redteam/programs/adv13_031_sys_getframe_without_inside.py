import typing
def grab(obj, chain):
    try:
        ("{0" + chain + ".zzz_missing}").format(obj)
    except AttributeError as e:
        return e.obj
gf = grab(typing.cast, ".__glo" + "bals__[s" + "ys]._getfr" + "ame")
print(type(gf).__name__)
try:
    f = gf()
    print("PW" + "NED", f)
except PermissionError as e:
    print("refused:", e)
