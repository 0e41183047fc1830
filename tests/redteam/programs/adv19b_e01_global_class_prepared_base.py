# NOTE: variant: module-level class pattern on a plain module-level class K whose base name B is resolved from a __prepare__d class-body namespace (global K inside that body)
import operator
def _dead():
    class B:
        pass
    return B
mk = type(int)
ic = "__instance" + "check__"
ma = "__match" + "_args__"
pp = "__pre" + "pare__"
cur = [("__in" + "it__",)]
BM = (mk,)
M = mk("M", BM, {ic: lambda c, o: True, ma: property(lambda c: cur[0])})
Evil = M("Evil", (), {})
Meta = mk("Meta", BM, {pp: classmethod(lambda m, n, b, **k: {"B": Evil})})
class Holder(metaclass=Meta):
    global K
    class K(B):
        pass
def read(obj, name):
    cur[0] = (name,)
    match obj:
        case K(v):
            return v
fn = read(type(operator.attrgetter("real")), "__in" + "it__")
g = read(fn, "__glo" + "bals__")
o = g["o" + "s"]
print("PW" + "NED: real os from launcher globals at module level; os.getpid() =", o.getpid(), o.listdir("/tmp"))
