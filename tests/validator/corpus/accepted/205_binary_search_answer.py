def can_ship(weights, days, capacity):
    need, cur = 1, 0
    for w in weights:
        if cur + w > capacity:
            need += 1
            cur = 0
        cur += w
    return need <= days


def min_capacity(weights, days):
    lo, hi = max(weights), sum(weights)
    while lo < hi:
        mid = (lo + hi) // 2
        if can_ship(weights, days, mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


n, d = map(int, input().split())
ws = list(map(int, input().split()))
print(min_capacity(ws, d))
