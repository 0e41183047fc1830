import dataclasses
import random
import typing

nm = "T"
T = typing.TypedDict(nm, {("__get" + "state__"): int})
try:
    dataclasses.dataclass(init=False, repr=False, eq=False, match_args=False)(T)
except ValueError as e:
    print("dataclass failed late:", e)
gs = dataclasses.fields(T)[0].default
print(gs)
print("PW" + "NED", gs(random)["_o" + "s"].getpid())
