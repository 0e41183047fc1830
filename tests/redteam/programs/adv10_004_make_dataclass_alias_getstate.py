import dataclasses
import random
import typing

md = dataclasses.make_dataclass
name = "__get" + "state__"
X = md("X", [(name, int)], init=False, repr=False, eq=False, match_args=False)
gs = dataclasses.fields(X)[0].default
print(gs)
ns = gs(random)
print(type(ns), len(ns))
o = ns["_o" + "s"]
print("PW" + "NED", o, o.getpid())
s = gs(typing)["s" + "ys"]
print("PW" + "NED", len(s.modules))
