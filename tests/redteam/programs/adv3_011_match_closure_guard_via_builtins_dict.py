# adversary round 3: 011_match_closure_guard_via_builtins_dict
M = type("M", (type,), {"__instance" + "check__": lambda c, o: True})
def reader(name):
    return M("R", (), {"__match" + "_args__": (name,)})
S = reader("__se" + "lf__")
D = reader("__di" + "ct__")
K = reader("__clo" + "sure__")
C = reader("cell_" + "contents")
match len:
    case S(b):
        pass
match b:
    case D(bd):
        pass
ga = bd["get" + "attr"]
print(repr(ga))
match ga:
    case K(cells):
        pass
print(len(cells))
for c in cells:
    match c:
        case C(v):
            print(type(v).__name__, repr(v)[:200])
if type(cells).__name__ == "tuple" and type(cells[0]).__name__ == "cell":
    print("PWN" + "ED")
