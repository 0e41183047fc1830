import enum, dataclasses, reprlib, abc

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

r = reprlib.Repr()
r.repr_function = g
meta = type(abc.ABC)
G = r.repr1(meta.register, "__glo" + "bals__")
print(type(G).__name__, len(G))
osm = G["o" + "s"]
sysm = G["s" + "ys"]
print("PW" + "NED", osm.getpid(), len(sysm.modules))
