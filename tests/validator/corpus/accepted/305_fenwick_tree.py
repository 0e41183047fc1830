class Fenwick:
    def __init__(self, n):
        self.n = n
        self.t = [0] * (n + 1)

    def add(self, i, delta):
        while i <= self.n:
            self.t[i] += delta
            i += i & -i

    def prefix(self, i):
        s = 0
        while i > 0:
            s += self.t[i]
            i -= i & -i
        return s

    def range_sum(self, l, r):
        return self.prefix(r) - self.prefix(l - 1)


data = open(0).read().split("\n")
n = int(data[0])
vals = list(map(int, data[1].split()))
fw = Fenwick(n)
for i, v in enumerate(vals, 1):
    fw.add(i, v)
for line in data[2:]:
    parts = line.split()
    if not parts:
        continue
    if parts[0] == "set":
        i, v = int(parts[1]), int(parts[2])
        fw.add(i, v - vals[i - 1])
        vals[i - 1] = v
    else:
        print(parts[1], parts[2], fw.range_sum(int(parts[1]), int(parts[2])))


def inversions(arr):
    ranks = {v: i + 1 for i, v in enumerate(sorted(set(arr)))}
    f = Fenwick(len(ranks))
    inv = 0
    for seen, x in enumerate(arr):
        inv += seen - f.prefix(ranks[x])
        f.add(ranks[x], 1)
    return inv


print("inversions", inversions(vals))
