import numpy as np
from scipy import optimize
def rosen(p):
    return (1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2
r = optimize.minimize(rosen, [0.0, 0.0], method="Nelder-Mead", options={"xatol": 1e-8, "fatol": 1e-8})
print(np.round(r.x, 4), r.success)
print(round(optimize.brentq(lambda x: x ** 3 - 2, 0, 2), 6))
params, _ = optimize.curve_fit(lambda x, a, b: a * np.exp(b * x), [0, 1, 2, 3], [1.0, 2.7, 7.4, 20.1])
print(np.round(params, 2))
