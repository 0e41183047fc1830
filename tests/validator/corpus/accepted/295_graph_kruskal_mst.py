def find(parent, x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def kruskal(n, edges):
    parent = list(range(n))
    mst = []
    for w, u, v in sorted(edges):
        ru, rv = find(parent, u), find(parent, v)
        if ru != rv:
            parent[ru] = rv
            mst.append((u, v, w))
    return mst


data = open(0).read().split()
n, m = int(data[0]), int(data[1])
edges = []
for i in range(m):
    u, v, w = data[2 + 3 * i: 5 + 3 * i]
    edges.append((int(w), int(u), int(v)))
tree = kruskal(n, edges)
for u, v, w in tree:
    print(f"{u}-{v} ({w})")
print("total weight:", sum(w for *_, w in tree))
print("connected:", len(tree) == n - 1)
