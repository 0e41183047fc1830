from datetime import datetime, timedelta, timezone, date, time

utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30), "IST")
pst = timezone(timedelta(hours=-8), "PST")
meeting = datetime(2024, 3, 10, 16, 0, tzinfo=utc)
for tz in (utc, ist, pst):
    local = meeting.astimezone(tz)
    print(f"{local.tzname():<4} {local.isoformat()} {local:%a %I:%M %p}")
d1 = datetime.fromisoformat("2024-01-01T09:00:00+01:00")
d2 = datetime.fromisoformat("2024-01-01T09:00:00-05:00")
print(d2 - d1, (d2 - d1).total_seconds() / 3600)
print(datetime.combine(date(2024, 5, 17), time(8, 30)).strftime("%Y/%m/%d %H:%M"))
print(datetime.strptime("17/05/2024 18:05", "%d/%m/%Y %H:%M").replace(tzinfo=ist).timestamp())
print(datetime.fromtimestamp(0, tz=utc), datetime(2024, 1, 1, tzinfo=utc).weekday())
print(timedelta(days=1, hours=25, minutes=61), timedelta(weeks=2) // timedelta(days=3), timedelta(seconds=-1))
