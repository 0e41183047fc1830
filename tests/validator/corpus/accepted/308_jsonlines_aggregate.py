import json
from collections import defaultdict
import statistics

lines = open(0).read().splitlines()
by_city = defaultdict(list)
bad = 0
for ln in lines:
    if not ln.strip():
        continue
    try:
        rec = json.loads(ln)
    except json.JSONDecodeError:
        bad += 1
        continue
    by_city[rec["city"]].append(rec["temp"])
print(f"{'city':<8}{'n':>3}{'min':>7}{'max':>7}{'mean':>8}")
for city in sorted(by_city):
    t = by_city[city]
    print(f"{city:<8}{len(t):>3}{min(t):>7.1f}{max(t):>7.1f}{statistics.mean(t):>8.2f}")
print("bad lines:", bad)
print(json.dumps({c: round(statistics.mean(t), 1) for c, t in sorted(by_city.items())}))
