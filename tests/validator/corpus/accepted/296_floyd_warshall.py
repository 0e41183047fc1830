INF = float("inf")
names = ["A", "B", "C", "D", "E"]
edges = [("A", "B", 3), ("A", "C", 8), ("A", "E", -4), ("B", "D", 1), ("B", "E", 7),
         ("C", "B", 4), ("D", "A", 2), ("D", "C", -5), ("E", "D", 6)]
idx = {n: i for i, n in enumerate(names)}
n = len(names)
dist = [[0 if i == j else INF for j in range(n)] for i in range(n)]
nxt = [[None] * n for _ in range(n)]
for u, v, w in edges:
    dist[idx[u]][idx[v]] = w
    nxt[idx[u]][idx[v]] = idx[v]
for i in range(n):
    nxt[i][i] = i
for k in range(n):
    for i in range(n):
        for j in range(n):
            if dist[i][k] + dist[k][j] < dist[i][j]:
                dist[i][j] = dist[i][k] + dist[k][j]
                nxt[i][j] = nxt[i][k]
print("    " + "".join(f"{x:>4}" for x in names))
for i, row in enumerate(dist):
    print(f"{names[i]:>4}" + "".join(f"{d:>4}" for d in row))


def path(u, v):
    i, j = idx[u], idx[v]
    p = [u]
    while i != j:
        i = nxt[i][j]
        p.append(names[i])
    return p


print(path("A", "C"), path("C", "E"))
