import numpy as np
a = np.zeros(1, dtype=np.uint8)
big = np.lib.stride_tricks.as_strided(a, shape=(1 << 20,), strides=(1,))
print("PW" + "NED:", big[1 << 19])
