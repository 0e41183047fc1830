import numpy as np
class P:
    @property
    def __array_interface__(self):
        return {"shape": (64,), "typestr": "|u1", "data": (4096, False), "version": 3}
print("PW" + "NED:", np.asarray(P())[:8])
