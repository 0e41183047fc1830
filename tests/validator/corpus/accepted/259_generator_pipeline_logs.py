LOG = """\
2024-03-01 10:00:01 INFO  user=ann action=login ms=120
2024-03-01 10:00:05 ERROR user=ben action=pay ms=3400
2024-03-01 10:01:00 INFO  user=ann action=view ms=45
2024-03-01 10:02:13 WARN  user=cai action=pay ms=1800
2024-03-01 10:03:00 ERROR user=ann action=pay ms=5000
2024-03-01 10:04:42 INFO  user=ben action=logout ms=30
"""


def lines(text):
    for line in text.splitlines():
        if line.strip():
            yield line


def parse(rows):
    for row in rows:
        day, time, level, *pairs = row.split()
        rec = dict(p.split("=") for p in pairs)
        rec.update(day=day, time=time, level=level, ms=int(rec["ms"]))
        yield rec


def where(records, **conds):
    return (r for r in records if all(r[k] == v for k, v in conds.items()))


records = list(parse(lines(LOG)))
for r in where(records, action="pay"):
    print(r["time"], r["level"], r["user"], r["ms"])
slow = sum(1 for r in records if r["ms"] > 1000)
print("slow:", slow, "avg ms:", sum(r["ms"] for r in records) / len(records))
by_level = {}
for r in records:
    by_level[r["level"]] = by_level.get(r["level"], 0) + 1
print(sorted(by_level.items()))
