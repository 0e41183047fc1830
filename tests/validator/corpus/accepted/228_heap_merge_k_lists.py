import heapq

lists = [[1, 4, 9, 16], [2, 3, 5, 7, 11], [0, 10, 20], [6]]
print(list(heapq.merge(*lists)))

heap = []
for i, lst in enumerate(lists):
    heapq.heappush(heap, (lst[0], i, 0))
out = []
while heap:
    val, li, idx = heapq.heappop(heap)
    out.append(val)
    if idx + 1 < len(lists[li]):
        heapq.heappush(heap, (lists[li][idx + 1], li, idx + 1))
print(out)

data = [17, 3, 99, 42, 8, 23, 56, 71, 1]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(heapq.nsmallest(2, words, key=len))
h = data[:]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(len(h))])
print(heapq.heappushpop([5, 7, 9], 1), heapq.heapreplace([5, 7, 9], 1))
