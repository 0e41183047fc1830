from datetime import date, datetime, timedelta, timezone

d1 = date(2024, 2, 28)
print(d1 + timedelta(days=2), (date(2024, 12, 25) - d1).days)
dt = datetime(2023, 3, 14, 15, 9, 26, tzinfo=timezone.utc)
print(dt.isoformat(), dt.strftime("%A %d %B %Y %H:%M"))
print(datetime.strptime("2021-07-04 12:30", "%Y-%m-%d %H:%M").weekday())
print(dt.astimezone(timezone(timedelta(hours=2))).hour)
print(date.fromisoformat("2020-01-31").replace(day=1), date(2000, 1, 1).isocalendar()[1])
print(timedelta(hours=25, minutes=90))
