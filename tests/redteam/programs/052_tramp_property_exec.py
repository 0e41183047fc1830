# tramp: property(exec) is C: refused as the program's
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

class S(str):
    run = property(rb["exec"])
try:
    S("print('PWN' + 'ED')").run
except Exception as e:
    print("refused:", type(e).__name__, e)
