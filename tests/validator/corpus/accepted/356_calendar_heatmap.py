import calendar
import random
from datetime import date, timedelta

random.seed(3)
start = date(2024, 1, 1)
activity = {start + timedelta(days=i): random.choice([0, 0, 1, 2, 3, 5, 8]) for i in range(91)}
shades = " .:*#"


def shade(n):
    return shades[min(4, (n + 1) // 2)]


first_monday = start - timedelta(days=start.weekday())
weeks = (max(activity) - first_monday).days // 7 + 1
for wd in range(7):
    row = []
    for w in range(weeks):
        d = first_monday + timedelta(days=7 * w + wd)
        row.append(shade(activity[d]) if d in activity else " ")
    print(f"{calendar.day_abbr[wd]} {''.join(row)}")
monthly = {}
for d, n in activity.items():
    monthly[d.month] = monthly.get(d.month, 0) + n
print({calendar.month_name[m]: v for m, v in monthly.items()})
streak = best = 0
for d in sorted(activity):
    streak = streak + 1 if activity[d] else 0
    best = max(best, streak)
print("longest streak:", best)
