import dataclasses
import random

def unused(type):
    return type

mk = type
n = "X"
ns = {("__annot" + "ations__"): {("__get" + "state__"): int}}
X = mk(n, (), ns)
X = dataclasses.dataclass(init=False, repr=False, eq=False, match_args=False)(X)
gs = dataclasses.fields(X)[0].default
print(gs)
o = gs(random)["_o" + "s"]
print("PW" + "NED", o, o.getpid())
