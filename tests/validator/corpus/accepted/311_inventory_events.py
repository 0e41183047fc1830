from collections import defaultdict
from datetime import date

events = [
    ("2024-05-01", "receive", "bolt", 500),
    ("2024-05-01", "receive", "nut", 800),
    ("2024-05-03", "ship", "bolt", 120),
    ("2024-05-04", "ship", "nut", 300),
    ("2024-05-04", "receive", "washer", 1000),
    ("2024-05-06", "ship", "bolt", 400),
    ("2024-05-07", "ship", "bolt", 50),
    ("2024-05-09", "adjust", "washer", -15),
]
stock = defaultdict(int)
rejected = []
history = defaultdict(list)
for day, kind, item, qty in events:
    d = date.fromisoformat(day)
    if kind == "ship" and stock[item] < qty:
        rejected.append((day, item, qty, stock[item]))
        continue
    stock[item] += -qty if kind == "ship" else qty
    history[item].append((d, stock[item]))
for item in sorted(stock):
    print(f"{item:<7}{stock[item]:>6}")
for day, item, qty, have in rejected:
    print(f"rejected {day}: ship {qty} {item}, only {have}")
for item, h in sorted(history.items()):
    span = (h[-1][0] - h[0][0]).days
    print(item, "levels", [lvl for _, lvl in h], "over", span, "days")
