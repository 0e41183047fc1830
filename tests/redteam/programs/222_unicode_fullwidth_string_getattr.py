# unicode: a fullwidth string literal is not normalised at run time (getattr fails, the check normalises)
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import random
try:
    print(M, ga(random, "_ｏｓ").getpid())
except Exception as e:
    print("refused:", type(e).__name__, e)
