import numpy as np
# reached through sliding_window_view's module by a computed name: the bounded as_strided
st = np.lib.stride_tricks
f = [getattr(st, n) for n in ["as_" + "strided"]][0]
big = f(np.zeros(1, dtype=np.uint8), shape=(1 << 20,), strides=(1,))
print("PW" + "NED:", big[1 << 19])
