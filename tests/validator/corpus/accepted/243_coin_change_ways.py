from functools import lru_cache


def ways(coins, amount):
    dp = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            dp[a] += dp[a - c]
    return dp[amount]


def min_coins(coins, amount):
    @lru_cache(maxsize=None)
    def go(a):
        if a == 0:
            return 0
        best = float("inf")
        for c in coins:
            if c <= a:
                best = min(best, go(a - c) + 1)
        return best

    r = go(amount)
    return -1 if r == float("inf") else r


coins = tuple(map(int, input().split()))
for amount in map(int, input().split()):
    print(f"amount={amount:<4} ways={ways(coins, amount):<8} min={min_coins(coins, amount)}")
