# misc: gc imported from a stdlib frame: get_objects / get_referrers
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

import heapq
heapq.nsmallest(1, ["gc"], key=imp)
gc = imp("gc")
try:
    objs = gc.get_objects()
    print(M, len(objs))
except Exception as e:
    print("refused:", type(e).__name__, e)
