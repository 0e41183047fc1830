from itertools import groupby, accumulate, chain, pairwise, zip_longest, product, starmap
from operator import itemgetter, mul

events = [
    ("2024-01-01", "login"), ("2024-01-01", "view"), ("2024-01-01", "logout"),
    ("2024-01-02", "login"), ("2024-01-03", "login"), ("2024-01-03", "buy"),
]
for day, group in groupby(events, key=itemgetter(0)):
    actions = [a for _, a in group]
    print(day, len(actions), ",".join(actions))

print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate(range(1, 8), mul)))
print(list(pairwise("abcde")))
print(list(zip_longest("abc", [1, 2], fillvalue="-")))
print(list(chain.from_iterable([[1, 2], [3], [], [4, 5]])))
print(["".join(p) for p in product("xy", repeat=3)])
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
runs = [(k, len(list(g))) for k, g in groupby("aaabccddddde")]
print(runs)
