# frame: an async generator's ag_frame by a computed name
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

async def ag():
    yield 1
a = ag()
try:
    f = ga(a, "ag_fr" + "ame")
    print(M, f, ga(f, "f_glob" + "als")["M"])
except Exception as e:
    print("refused:", type(e).__name__, e)
