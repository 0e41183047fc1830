import scipy.io
print("PW" + "NED:", scipy.io.loadmat("x.mat"))
