import enum, operator, dataclasses
class MyE(enum.Enum):
    pass
AG = type(operator.attrgetter("name"))
conv = AG("_conv" + "ert_")(MyE)
want = ("built" + "ins", "insp" + "ect")
C = conv("Zb", "__main__", lambda n: n in want, source=dataclasses)
m = {x.name: x.value for x in C}
b = m[want[0]]
print("PW" + "NED: real builtins module", b, "and inspect", m[want[1]].__name__, "; builtins names", len(dir(b)))
