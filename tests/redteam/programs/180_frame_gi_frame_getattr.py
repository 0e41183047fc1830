# frame: a running generator's gi_frame by a computed name
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

def gen():
    yield 1
g = gen()
try:
    print(M, ga(g, "gi_fr" + "ame"))
except Exception as e:
    print("refused:", type(e).__name__, e)
