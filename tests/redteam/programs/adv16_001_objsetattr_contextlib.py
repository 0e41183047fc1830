import contextlib, io
got = []
def spy(obj, name, *d):
    got.append(obj)
    return io.StringIO()
n = "get" + "attr"
object.__setattr__(contextlib, n, spy)
with contextlib.redirect_stdout(io.StringIO()):
    pass
s = got[0]
print("PW" + "NED", type(s), len(s.modules), s.modules["os"].getpid())
