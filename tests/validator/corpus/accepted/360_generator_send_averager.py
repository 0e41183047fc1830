def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return count, average
        total += value
        count += 1
        average = total / count


def grouper(results, key):
    while True:
        results[key] = yield from averager()


data = {"girls;kg": [40.9, 38.5, 44.3, 42.2, 45.2, 41.7], "boys;m": [1.38, 1.5, 1.32, 1.25, 1.37, 1.48]}
results = {}
for key, values in data.items():
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
for key, (count, avg) in sorted(results.items()):
    group, unit = key.split(";")
    print(f"{count:2} {group:<5} averaging {avg:.2f}{unit}")


def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown closed at", n)


c = countdown(5)
print(next(c), next(c))
c.close()
