import numpy as np
print("PW" + "NED:", np.loadtxt("http://169.254.169.254/latest/meta-data/"))
