import numpy as np
m = [getattr(np, n) for n in ["mem" + "map"]][0]
x = m("/tmp/x.bin", mode="w+", shape=(16,))
print("PW" + "NED:", x)
