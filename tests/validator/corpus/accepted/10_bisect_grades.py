import bisect

def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
data = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(data, x)
print(data, bisect.bisect_left(data, 1), bisect.bisect_right(data, 1))
