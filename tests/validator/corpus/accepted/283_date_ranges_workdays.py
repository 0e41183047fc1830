from datetime import date, timedelta

HOLIDAYS = {date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1)}


def daterange(start, end):
    d = start
    while d <= end:
        yield d
        d += timedelta(days=1)


def workdays(start, end):
    return [d for d in daterange(start, end) if d.weekday() < 5 and d not in HOLIDAYS]


def add_workdays(start, n):
    d = start
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in HOLIDAYS:
            n -= 1
    return d


days = workdays(date(2024, 12, 20), date(2025, 1, 3))
print(len(days), [d.strftime("%a %d") for d in days])
print(add_workdays(date(2024, 12, 23), 5))
ages = {"ann": date(1990, 2, 28), "ben": date(2000, 2, 29), "cai": date(1985, 12, 31)}
today = date(2024, 6, 1)
for name, born in ages.items():
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    print(name, age, (today - born).days)
print(date(2024, 1, 1) + timedelta(days=255), date.fromordinal(738000), date(2024, 3, 1).toordinal())
