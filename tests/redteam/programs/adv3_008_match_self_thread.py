# adversary round 3: 008_match_self_thread
import reprlib
M = type("M", (type,), {"__instance" + "check__": lambda c, o: True})
P = M("P", (), {"__match" + "_args__": ("__se" + "lf__",)})
match reprlib.get_ident:
    case P(th):
        pass
print(repr(th))
if type(th).__name__ == "module":
    print("PWN" + "ED")
