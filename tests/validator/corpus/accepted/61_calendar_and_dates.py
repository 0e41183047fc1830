import calendar
from datetime import date

print(calendar.isleap(2024), calendar.monthrange(2023, 2), calendar.weekday(2000, 1, 1))
print(calendar.month(2024, 2).splitlines()[0].strip())
birthdays = {"ann": date(1990, 6, 15), "bob": date(1985, 12, 1)}
today = date(2024, 6, 1)
for name, born in sorted(birthdays.items()):
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    print(name, age)
