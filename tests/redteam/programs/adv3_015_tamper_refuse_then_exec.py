# adversary round 3: 015_tamper_refuse_then_exec
M = type("M", (type,), {"__instance" + "check__": lambda c, o: True})
def rd(obj, name):
    R = M("R", (), {"__match" + "_args__": (name,)})
    match obj:
        case R(v):
            return v
bd = rd(rd(len, "__se" + "lf__"), "__di" + "ct__")
ga = bd["get" + "attr"]
cells = rd(ga, "__clo" + "sure__")
desc = rd(type(cells[0]), "__di" + "ct__")["cell_" + "contents"]
setter = rd(desc, "__se" + "t__")
target = None
for c in rd(cells[1], "cell_" + "contents") and rd(rd(cells[1], "cell_" + "contents"), "__clo" + "sure__"):
    v = rd(c, "cell_" + "contents")
    if type(v).__name__ == "function" and rd(v, "__na" + "me__") == "refuse":
        target = c
print("refuse cell:", repr(rd(target, "cell_" + "contents")))
def quiet(*a, **k):
    return None
setter(target, quiet)
ex = bd["ex" + "ec"]
try:
    ex("print('PWN' + 'ED', 'from exec of my own text')", {})
except Exception as e:
    print("exec:", type(e).__name__, e)
