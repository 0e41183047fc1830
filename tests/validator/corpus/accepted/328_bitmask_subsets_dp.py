import math

INF = math.inf
pts = [(0, 0), (2, 4), (5, 1), (6, 5), (1, 6), (8, 3)]
n = len(pts)
dist = [[math.dist(a, b) for b in pts] for a in pts]
dp = [[INF] * n for _ in range(1 << n)]
parent = [[-1] * n for _ in range(1 << n)]
dp[1][0] = 0
for mask in range(1 << n):
    for last in range(n):
        if dp[mask][last] == INF or not mask >> last & 1:
            continue
        for nxt in range(n):
            if mask >> nxt & 1:
                continue
            nm = mask | 1 << nxt
            cand = dp[mask][last] + dist[last][nxt]
            if cand < dp[nm][nxt]:
                dp[nm][nxt] = cand
                parent[nm][nxt] = last
full = (1 << n) - 1
best_last = min(range(n), key=lambda j: dp[full][j] + dist[j][0])
best = dp[full][best_last] + dist[best_last][0]
tour, mask, cur = [], full, best_last
while cur != -1:
    tour.append(cur)
    mask, cur = mask ^ (1 << cur), parent[mask][cur]
print("tour", [0] + tour[::-1][1:] + [0] if tour[-1] == 0 else tour)
print(f"length {best:.4f}")
print([bin(m).count("1") for m in range(16)])
subsets = [[x for i, x in enumerate("abcd") if m >> i & 1] for m in range(16)]
print(subsets[5], subsets[15], len(subsets))
