# frame: tb_frame by a computed name from the program (object.__getattr__ event)
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
try:
    f = ga(tb, "tb_fr" + "ame")
    print(M, f)
except Exception as e:
    print("refused:", type(e).__name__, e)
