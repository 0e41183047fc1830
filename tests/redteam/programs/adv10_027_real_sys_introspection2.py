import dataclasses
import json
import typing
import random
md = dataclasses.make_dataclass
X = md("X", [("__get" + "state__", int)], init=False, repr=False, eq=False, match_args=False)
gs = dataclasses.fields(X)[0].default
s = gs(typing)["s" + "ys"]

g = s.modules["g" + "c"]
try:
    print(len(g.get_objects()))
except Exception as e:
    print("gc:", type(e).__name__, e)
try:
    s.settrace(lambda *a: None)
except Exception as e:
    print("settrace:", type(e).__name__, e)
print("PW" + "NED sys.modules", len(s.modules))
