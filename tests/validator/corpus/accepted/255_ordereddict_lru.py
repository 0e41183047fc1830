from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        if key not in self.data:
            self.misses += 1
            return -1
        self.hits += 1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("evict", evicted)


cache = LRUCache(3)
ops = open(0).read().split("\n")
for op in ops:
    parts = op.split()
    if not parts:
        continue
    if parts[0] == "put":
        cache.put(parts[1], int(parts[2]))
    else:
        print("get", parts[1], cache.get(parts[1]))
print(list(cache.data.items()), cache.hits, cache.misses)
