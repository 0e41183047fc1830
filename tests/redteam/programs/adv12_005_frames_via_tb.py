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

class E(enum.Enum):
    A = 1

g, _ = red(E.A, 4)
r = reprlib.Repr()
r.repr_function = g
meta = type(abc.ABC)
G = r.repr1(meta.register, "__glo" + "bals__")
osm = G["o" + "s"]
sysm = G["s" + "ys"]
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        self.tb = tb
        return True
cm = CM()
with cm:
    1 / 0
tb = cm.tb
r.repr_traceback = g
r.repr_frame = g
fr = r.repr1(tb, "tb_" + "frame")           # audited read, judged as reprlib's literal getattr
names = []
f = fr
while f is not None:
    code = r.repr1(f, "f_" + "code")
    names.append(code.co_name)
    f = r.repr1(f, "f_" + "back")
top = fr
while r.repr1(top, "f_" + "back") is not None:
    top = r.repr1(top, "f_" + "back")
LG = r.repr1(top, "f_" + "globals")
print("PW" + "NED", names, type(LG["s" + "ys"]).__name__, len(LG["s" + "ys"].modules))
