import bisect

breakpoints = [60, 70, 80, 90]
grades = "FDCBA"
scores = [33, 99, 77, 70, 89, 90, 100, 59, 60]
print([grades[bisect.bisect(breakpoints, s)] for s in scores])
sorted_list = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(sorted_list, x)
print(sorted_list)
print(bisect.bisect_left(sorted_list, 5), bisect.bisect_right(sorted_list, 5))
lo, hi = bisect.bisect_left(sorted_list, 2), bisect.bisect_right(sorted_list, 5)
print("values in [2,5]:", sorted_list[lo:hi])
tax_brackets = [(10000, 0.0), (40000, 0.1), (90000, 0.2), (float("inf"), 0.35)]
limits = [b for b, _ in tax_brackets]


def tax(income):
    total, prev = 0.0, 0
    for limit, rate in tax_brackets:
        total += max(0, min(income, limit) - prev) * rate
        if income <= limit:
            break
        prev = limit
    return total


for inc in (5000, 25000, 75000, 150000):
    print(inc, bisect.bisect_left(limits, inc), f"{tax(inc):.2f}")
records = [("2024-01-03", 10), ("2024-01-07", 20), ("2024-01-15", 5)]
keys = [r[0] for r in records]
print(records[bisect.bisect_right(keys, "2024-01-10") - 1])
print(bisect.bisect_left(records, "2024-01-07", key=lambda r: r[0]))
