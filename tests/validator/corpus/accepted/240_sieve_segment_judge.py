import math

q = int(input())
queries = [tuple(map(int, input().split())) for _ in range(q)]
limit = max(b for _, b in queries)
root = math.isqrt(limit)
small = bytearray([1]) * (root + 1)
small[0:2] = b"\x00\x00"
for i in range(2, math.isqrt(root) + 1):
    if small[i]:
        small[i * i::i] = bytearray(len(small[i * i::i]))
base = [i for i in range(root + 1) if small[i]]
for lo, hi in queries:
    seg = bytearray([1]) * (hi - lo + 1)
    for p in base:
        start = max(p * p, (lo + p - 1) // p * p)
        for m in range(start, hi + 1, p):
            seg[m - lo] = 0
    primes = [lo + i for i, ok in enumerate(seg) if ok and lo + i >= 2]
    print(len(primes), primes[:5])
