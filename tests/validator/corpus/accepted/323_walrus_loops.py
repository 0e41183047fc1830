import re

data = open(0).read().splitlines()
idx = 0
totals = {}
while idx < len(data) and (line := data[idx]) != "END":
    idx += 1
    if (m := re.match(r"(\w+)\s*:\s*(-?\d+)", line)) is None:
        print("skip", repr(line))
        continue
    key, val = m.group(1), int(m.group(2))
    totals[key] = totals.get(key, 0) + val
print(totals)
values = [3, 8, 1, 12, 7, 20]
print([y for x in values if (y := x * x) > 40])
print(any((hit := v) > 10 for v in values), hit)
chunks = iter(range(17))
batches = []
while batch := [v for _, v in zip(range(5), chunks)]:
    batches.append(sum(batch))
print(batches)
