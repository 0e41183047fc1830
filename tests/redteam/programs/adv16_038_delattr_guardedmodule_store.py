import contextlib, io, json
got = []
def spy(obj, name, *d):
    got.append(obj)
    return obj.stdout
match type(int):
    case object(__delattr__=td):
        pass
td(type(json), "__set" + "attr__")
c = contextlib
c.getattr = spy
with contextlib.redirect_stdout(io.StringIO()):
    pass
print("PW" + "NED", type(got[0]), len(got[0].modules))
