data = open(0).read().split()
pos = 0
n, q = int(data[pos]), int(data[pos + 1])
pos += 2
arr = [int(x) for x in data[pos:pos + n]]
pos += n
prefix = [0]
for v in arr:
    prefix.append(prefix[-1] + v)
out = []
for _ in range(q):
    l, r = int(data[pos]), int(data[pos + 1])
    pos += 2
    out.append(str(prefix[r] - prefix[l - 1]))
print("\n".join(out))
