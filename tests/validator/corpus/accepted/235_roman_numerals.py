VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    parts = []
    for value, sym in VALUES:
        count, n = divmod(n, value)
        parts.append(sym * count)
    return "".join(parts)


def from_roman(s):
    single = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = single[a]
        total += -v if b != " " and single[b] > v else v
    return total


for line in open(0).read().split():
    if line.isdigit():
        print(line, "->", to_roman(int(line)))
    else:
        print(line, "->", from_roman(line))
