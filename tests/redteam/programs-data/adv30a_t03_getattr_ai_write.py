import numpy as np
target = b"HELLO-SECRET-BYTES"
addr = id(target)
class C:
    def __getattr__(self, name):
        if name.startswith("__array_i"):
            return {"shape": (64,), "typestr": "|u1", "data": (addr, False), "version": 3}
        raise AttributeError(name)
b = np.asarray(C())
off = bytes(b).find(b"HELLO")
b[off:off+5] = np.frombuffer(b"PW" b"NED", dtype=np.uint8)
print("target now", target)
if target.startswith(b"PW" b"NED"):
    print("PW" + "NED: wrote into an immutable bytes object's memory via __getattr__ array interface:", target)
