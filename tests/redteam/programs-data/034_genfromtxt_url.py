import numpy as np
print("PW" + "NED:", np.genfromtxt("http://169.254.169.254/latest/meta-data/"))
