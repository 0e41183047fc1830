import numpy as np
n = 1 << 16
a = np.zeros(n, dtype=np.uint8)
v = a[:]                      # a view: shares a's buffer
a.resize(1 << 24, refcheck=False)   # realloc: the view's buffer is freed / moved
# allocate objects of the same size to reuse the freed block
fill = [bytes([65 + (i % 26)]) * (n - 40) for i in range(64)]
raw = bytes(v[:64])
print("view after resize:", raw[:64])
nz = int(np.count_nonzero(v))
print("nonzero bytes seen through the dangling view:", nz)
if nz:
    print("PW" + "NED: reads freed/reused memory through a view after ndarray.resize(refcheck=False):", raw[:48])
