import numpy as np
lib = np.lib
st = [getattr(lib, n) for n in ["stride" + "_tricks"]][0]
f = [getattr(st, n) for n in ["as_" + "strided"]][0]
big = f(np.zeros(1, dtype=np.uint8), shape=(1 << 20,), strides=(1,))
print("PW" + "NED:", big[1 << 19])
