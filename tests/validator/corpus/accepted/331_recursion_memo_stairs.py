from functools import lru_cache

n = int(input())
steps = tuple(map(int, input().split()))


@lru_cache(maxsize=None)
def ways(k):
    if k == 0:
        return 1
    return sum(ways(k - s) for s in steps if s <= k)


@lru_cache(maxsize=None)
def partitions(k, largest):
    if k == 0:
        return 1
    return sum(partitions(k - p, p) for p in range(1, min(k, largest) + 1))


def catalan(m, memo={0: 1}):
    if m not in memo:
        memo[m] = sum(catalan(i) * catalan(m - 1 - i) for i in range(m))
    return memo[m]


print(f"ways to climb {n} with steps {steps}: {ways(n)}")
print("partitions:", [partitions(k, k) for k in range(1, 16)])
print("catalan:", [catalan(i) for i in range(12)])
