import functools
import random
def f(m):
    return None
cp = functools.cached_property(f)
cp.attrname = "_o" + "s"
setattr(type(random), "foo", cp)
o = random.foo
print("PW" + "NED", o.getpid())
