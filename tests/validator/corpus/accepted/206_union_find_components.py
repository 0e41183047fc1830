class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return True


tokens = open(0).read().split()
n, m = int(tokens[0]), int(tokens[1])
dsu = DSU(n + 1)
it = iter(tokens[2:])
for a, b in zip(it, it):
    dsu.union(int(a), int(b))
roots = {dsu.find(i) for i in range(1, n + 1)}
sizes = sorted((dsu.size[r] for r in roots), reverse=True)
print(len(roots))
print(*sizes)
