import numpy as np
a = np.zeros(4)
info = getattr(a, "__array_" + "interface__")
print("PW" + "NED:", info["data"][0])
