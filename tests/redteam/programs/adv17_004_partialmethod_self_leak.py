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
    d = box[0]
    for k, v in d.items():
        if k.endswith('self__'):
            return v
    return None

t = leak_self(reprlib.get_ident)
print(type(t), t)
b = leak_self(abs)
print(type(b), b)
if t is not None:
    print("PW" + "NED", "thread module", sorted(x for x in dir(t) if not x.startswith('__'))[:10])
