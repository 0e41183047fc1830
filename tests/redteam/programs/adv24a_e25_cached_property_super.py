import functools, dataclasses
def f(self):
    return None
cp = functools.cached_property(f)
class S(super):
    thing = cp
cp.attrname = "s" + "ys"
s = S(type(dataclasses), dataclasses)
try:
    m = s.thing
    print("got", type(m), m)
    print("PW" + "NED: real sys via cached_property on a super proxy:", len(m.modules), m.modules["os"].getpid(), m.modules["os"].listdir("/")[:5])
except Exception as e:
    print("ERR", type(e).__name__, e)
