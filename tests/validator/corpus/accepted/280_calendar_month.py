import calendar

print(calendar.month(2024, 2))
cal = calendar.Calendar(firstweekday=calendar.SUNDAY)
weeks = cal.monthdayscalendar(2024, 9)
print(len(weeks), weeks[0], weeks[-1])
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2025))
print(calendar.monthrange(2023, 2), calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2024, 7, 4)])
fridays13 = [(y, m) for y in range(2024, 2027) for m in range(1, 13) if calendar.weekday(y, m, 13) == calendar.FRIDAY]
print(fridays13)
print(list(calendar.month_abbr)[1:4], calendar.timegm((2000, 1, 1, 0, 0, 0)))
tc = calendar.TextCalendar(calendar.MONDAY)
print(tc.formatmonth(2025, 1, w=3))
