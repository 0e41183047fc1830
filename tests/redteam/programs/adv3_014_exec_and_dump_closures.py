# adversary round 3: 014_exec_and_dump_closures
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
ex = bd["ex" + "ec"]
print(repr(ex))
try:
    ex("print('PWN' + 'ED', 'via exec')", {})
except Exception as e:
    print("exec:", type(e).__name__, e)
seen = set()
def dump(f, depth, path):
    if id(f) in seen or depth > 4:
        return
    seen.add(id(f))
    cl = rd(f, "__clo" + "sure__")
    co = rd(f, "__co" + "de__") if False else None
    if not cl:
        return
    for c in cl:
        v = rd(c, "cell_" + "contents")
        print("  " * depth + path, type(v).__name__, repr(v)[:120])
        if type(v).__name__ == "function":
            dump(v, depth + 1, path + "/" + rd(v, "__na" + "me__"))
dump(ga, 0, "getattr")
dump(bd["__imp" + "ort__"], 0, "import")
