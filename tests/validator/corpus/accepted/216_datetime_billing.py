from datetime import date, datetime, timedelta

start = date(2024, 1, 31)


def add_months(d, months):
    month = d.month - 1 + months
    year = d.year + month // 12
    month = month % 12 + 1
    days_in = [31, 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28,
               31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return date(year, month, min(d.day, days_in))


for i in range(6):
    due = add_months(start, i)
    print(f"invoice {i + 1}: {due.isoformat()} ({due.strftime('%A')})")

checkin = datetime(2023, 12, 30, 15, 0)
checkout = datetime(2024, 1, 2, 11, 30)
stay = checkout - checkin
print("stay:", stay, "nights:", stay.days + (1 if stay.seconds else 0))
print("hours:", stay.total_seconds() / 3600)
print(datetime(2024, 3, 1) - timedelta(days=1))
print(date(2024, 12, 25).isocalendar())
