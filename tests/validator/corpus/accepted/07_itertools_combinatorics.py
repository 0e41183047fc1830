import itertools

print(list(itertools.permutations("abc", 2)))
print(list(itertools.combinations(range(4), 2)))
print(list(itertools.product([0, 1], repeat=2)))
print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.islice(itertools.count(10, 5), 4)))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabbcaa")])
print(list(itertools.chain.from_iterable([[1], [2, 3], []])))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.pairwise([1, 4, 9, 16])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
