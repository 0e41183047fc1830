# adversary round 4: 005_match_kwmeta2
import json
g = "__glo" + "bals__"
M = type("M", (type,), {"__instance" + "check__": lambda c, o: True, "__match" + "_args__": (g,)})
class P(**{"meta" + "class": M}):
    pass
match json.dumps:
    case P(x):
        print(type(x), x.get("__name__"))
        print("PWN" + "ED")
