import heapq

data = open(0).read().split()
n, m, s = int(data[0]), int(data[1]), int(data[2])
adj = [[] for _ in range(n + 1)]
idx = 3
for _ in range(m):
    u, v, w = int(data[idx]), int(data[idx + 1]), int(data[idx + 2])
    idx += 3
    adj[u].append((v, w))
    adj[v].append((u, w))
INF = float("inf")
dist = [INF] * (n + 1)
prev = [0] * (n + 1)
dist[s] = 0
pq = [(0, s)]
while pq:
    d, u = heapq.heappop(pq)
    if d > dist[u]:
        continue
    for v, w in adj[u]:
        if d + w < dist[v]:
            dist[v] = d + w
            prev[v] = u
            heapq.heappush(pq, (dist[v], v))
for v in range(1, n + 1):
    if dist[v] == INF:
        print(v, "unreachable")
        continue
    path = [v]
    while path[-1] != s:
        path.append(prev[path[-1]])
    print(v, dist[v], "->".join(map(str, reversed(path))))
