import heapq
from collections import Counter

k = int(input())
words = open(0).read().split()
counts = Counter(words)
top = heapq.nsmallest(k, counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in top:
    print(w, c)
window = []
for i, w in enumerate(words):
    heapq.heappush(window, (len(w), i, w))
    if len(window) > k:
        heapq.heappop(window)
print("longest", [w for _, _, w in sorted(window, reverse=True)])
