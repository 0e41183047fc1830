import dataclasses
import random
import typing
TD = typing.TypedDict
nm = "T"
T = TD(nm, {("__get" + "state__"): int})
T = dataclasses.dataclass(init=False, repr=False, eq=False, match_args=False)(T)
gs = dataclasses.fields(T)[0].default
print(gs)
print("PW" + "NED", gs(random)["_o" + "s"].getpid())
