from collections import defaultdict

words = open(0).read().split()
groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w.lower()))].append(w)
result = sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g[0]))
for g in result:
    print(len(g), " ".join(g))
print("singletons:", sum(1 for g in groups.values() if len(g) == 1))
