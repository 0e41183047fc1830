# eval: get_type_hints reached by a computed name; the payload walks subclasses (no import)
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import typing
def f(x: "print('PWN' + 'ED', [c for c in ().__class__.__base__.__subclasses__() if c.__name__ == '_wrap_close'][0].__init__.__globals__['getpid']())"):
    pass
try:
    ga(typing, "get_type_" + "hints")(f)
except Exception as e:
    print("refused:", type(e).__name__, e)
