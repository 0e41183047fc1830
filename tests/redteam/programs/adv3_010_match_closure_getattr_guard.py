# adversary round 3: 010_match_closure_getattr_guard
M = type("M", (type,), {"__instance" + "check__": lambda c, o: True})
P = M("P", (), {"__match" + "_args__": ("__clo" + "sure__",)})
C = M("C", (), {"__match" + "_args__": ("cell_" + "contents",)})
match getattr:
    case P(cells):
        pass
print(repr(getattr), len(cells))
for c in cells:
    match c:
        case C(v):
            print(type(v).__name__, repr(v)[:150])
if type(cells).__name__ == "tuple" and type(cells[0]).__name__ == "cell":
    print("PWN" + "ED")
