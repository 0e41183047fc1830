from itertools import combinations, permutations, combinations_with_replacement, product, count, cycle, repeat, islice, compress, filterfalse, dropwhile, tee

print(list(combinations("ABCD", 2)))
print(len(list(permutations(range(5), 3))), list(permutations("abc")))
print(list(combinations_with_replacement([1, 2, 3], 2)))
coins = [1, 2, 5]
print(sorted({sum(c) for r in range(1, 4) for c in combinations_with_replacement(coins, r)}))
print(list(islice(count(10, 5), 4)), list(islice(cycle("xy"), 5)), list(repeat("z", 3)))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(filterfalse(str.isdigit, "a1b2c3")))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
a, b = tee(range(5))
print(list(a), sum(b))
target = 10
nums = [2, 3, 5, 7, 8]
print([c for r in range(2, 4) for c in combinations(nums, r) if sum(c) == target])
print(sum(1 for p in product(range(1, 7), repeat=3) if sum(p) == 10))
