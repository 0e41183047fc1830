import heapq

tokens = open(0).read().split()
n = int(tokens[0])
low, high = [], []
medians = []
for tok in tokens[1:1 + n]:
    x = int(tok)
    if not low or x <= -low[0]:
        heapq.heappush(low, -x)
    else:
        heapq.heappush(high, x)
    if len(low) > len(high) + 1:
        heapq.heappush(high, -heapq.heappop(low))
    elif len(high) > len(low):
        heapq.heappush(low, -heapq.heappop(high))
    if len(low) > len(high):
        medians.append(f"{-low[0]:.1f}")
    else:
        medians.append(f"{(-low[0] + high[0]) / 2:.1f}")
print("\n".join(medians))
