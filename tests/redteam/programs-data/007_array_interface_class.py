import numpy as np
class P:
    __array_interface__ = {"shape": (64,), "typestr": "|u1", "data": (4096, False), "version": 3}
print("PW" + "NED:", np.asarray(P())[:8])
