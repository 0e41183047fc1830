# door: the real exec from the program's own frame (the run-time wall must refuse it)
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

try:
    rb["exec"]("print('PWN' + 'ED')")
except Exception as e:
    print("refused:", type(e).__name__, e)
