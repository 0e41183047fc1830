import numpy as np
rng = np.random.default_rng(0)
x = rng.normal(10, 2, size=1000)
print(round(float(x.mean()), 1), round(float(x.std()), 1))
print(rng.integers(0, 100, 5))
counts, edges = np.histogram(rng.uniform(size=100), bins=4, range=(0, 1))
print(counts.sum(), edges)
