import abc
import dataclasses
import random
AM = abc.ABCMeta
nm = "Y"
ns = {("__annot" + "ations__"): {("__get" + "state__"): int}}
Y = AM(nm, (), ns)
Y = dataclasses.dataclass(init=False, repr=False, eq=False, match_args=False)(Y)
gs = dataclasses.fields(Y)[0].default
print("PW" + "NED", gs(random)["_o" + "s"].getpid())
