import copy
import dataclasses


def raw_writer(name):
    """A raw (unguarded) frozen dataclass __init__ that writes attribute `name` with
    object.__setattr__ on whatever object it is handed."""
    box = {}

    def peek(c):
        box["init"] = c.__init__
        return "doc"

    @dataclasses.dataclass(frozen=True)
    class F:
        name: object
        __doc__ = classmethod(property(peek))

    rename = box.pop("init")

    @dataclasses.dataclass(frozen=True)
    class B:
        x: object

    rename(dataclasses.fields(B)[0], name)

    @dataclasses.dataclass(frozen=True)
    class C(B):
        __doc__ = classmethod(property(peek))

    return box["init"]


seen = []


def my_reconstruct(x, memo, func, args, *rest, **kw):
    seen.append((type(x).__name__, func, args))
    return "not copied"


raw_writer("_re" + "construct")(copy, my_reconstruct)


class T:
    def __init__(self):
        self.v = 1


r = copy.copy(T())
print("copy.copy returned:", r, seen)
if r == "not copied" and seen:
    print("PW" + "NED: the launcher's copy._reconstruct guard was replaced by the program's function")
