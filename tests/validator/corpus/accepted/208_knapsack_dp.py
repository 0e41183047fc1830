def knapsack(items, cap):
    dp = [0] * (cap + 1)
    for weight, value in items:
        for c in range(cap, weight - 1, -1):
            dp[c] = max(dp[c], dp[c - weight] + value)
    return dp[cap]


n, cap = map(int, input().split())
items = [tuple(map(int, input().split())) for _ in range(n)]
print(knapsack(items, cap))
