import numpy as np
from scipy import integrate, interpolate, signal, special
print(round(integrate.quad(lambda x: x ** 2, 0, 3)[0], 6))
f = interpolate.interp1d([0, 1, 2], [0, 10, 40])
print(float(f(1.5)))
print(np.round(signal.savgol_filter([1.0, 2, 3, 10, 3, 2, 1], 5, 2), 3))
print(special.comb(10, 3), round(float(special.gamma(4.5)), 4))
