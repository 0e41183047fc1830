import numpy as np
a = np.array([print], dtype=object)
print("PW" + "NED:", a.dumps()[:10])
