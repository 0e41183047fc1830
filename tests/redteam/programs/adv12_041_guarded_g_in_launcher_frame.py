import enum, dataclasses, abc, operator
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
except Exception:
    pass
red = dataclasses.fields(D)[0].default
class E(enum.Enum):
    A = 1
g, _ = red(E.A, 4)
class H:
    pass
h = H()
h.m = g
try:
    G = operator.methodcaller("m", type(abc.ABC).register, "__glo" + "bals__")(h)
    print("PW" + "NED", len(G))
except BaseException as e:
    print("refused:", type(e).__name__, e)
