# Round 26a: the interpreter's BuiltinImporter makes any built-in module on request (no import event); reached from a C module's __loader__.
import math
try:
    L = math.__loader__
    print("loader", L)
    S = type(math.__spec__)
    m = L.create_module(S("posix", L))
    print("PW" + "NED", m.getpid())
except Exception as e:
    print("E", type(e).__name__, e)
try:
    sp = math.__spec__
    print(sp.loader)
except Exception as e:
    print("E", type(e).__name__, e)
