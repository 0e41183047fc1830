import numpy as np
a = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.5]])
print(a.mean(), a.std().round(4), a.sum(axis=0), np.median(a))
print(np.linalg.solve([[3, 1], [1, 2]], [9, 8]))
print(np.round(np.linalg.eigvals([[2, 0], [0, 3]]), 3), np.cumsum([1, 2, 3]), np.percentile(a, 90).round(3))
print(np.fft.rfft([0, 1, 0, -1]).round(3))
print(repr(np.arange(6).reshape(2, 3).T))
