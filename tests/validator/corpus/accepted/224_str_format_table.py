rows = [
    ("Mercury", 0.387, 0.241, 0),
    ("Venus", 0.723, 0.615, 0),
    ("Earth", 1.000, 1.000, 1),
    ("Mars", 1.524, 1.881, 2),
    ("Jupiter", 5.203, 11.862, 95),
]
header = "{0:<10}|{1:>8}|{2:>9}|{3:>6}".format("planet", "AU", "years", "moons")
print(header)
print("-" * len(header))
for name, au, years, moons in rows:
    print("{0:<10}|{1:>8.3f}|{2:>9.3f}|{3:>6d}".format(name, au, years, moons))
print("{name} has {n} moons".format(name="Jupiter", n=95))
print("{:^20}".format("centered"), "|")
print("{0:*^15} {1:08.2f} {2:+d} {3:x} {4:o} {5:b} {6:e}".format("mid", 3.14159, 7, 255, 8, 5, 12345.678))
print("{0:,} {1:_} {2:.1%}".format(1234567, 9876543, 0.4567))
print("{0[1]} {1[key]}".format(["a", "b"], {"key": "value"}))
