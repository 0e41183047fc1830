# tramp: sorted(key=exec) is C: the frame is still the program's (the wall should refuse)
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

try:
    sorted(["print('PWN' + 'ED')"], key=rb["exec"])
except Exception as e:
    print("refused:", type(e).__name__, e)
