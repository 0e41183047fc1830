prices = list(map(int, input().split()))
best, low = 0, prices[0]
buy_day = sell_day = cand = 0
for day, p in enumerate(prices):
    if p < low:
        low, cand = p, day
    elif p - low > best:
        best, buy_day, sell_day = p - low, cand, day
print("single trade:", best, f"(buy day {buy_day + 1}, sell day {sell_day + 1})")
multi = sum(max(0, b - a) for a, b in zip(prices, prices[1:]))
print("unlimited trades:", multi)
hold, free = -prices[0], 0
fee = 2
for p in prices[1:]:
    hold, free = max(hold, free - p), max(free, hold + p - fee)
print(f"with fee {fee}:", free)
