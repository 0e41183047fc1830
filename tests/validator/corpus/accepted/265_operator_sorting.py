from operator import itemgetter, add, neg, truth, contains, concat
from functools import cmp_to_key, reduce

people = [("ann", 31, "NYC"), ("bob", 25, "LA"), ("cat", 31, "LA"), ("dan", 19, "NYC"), ("eve", 25, "SF")]
print(sorted(people, key=itemgetter(1, 0)))
print(sorted(people, key=itemgetter(2)))
print(sorted(people, key=lambda p: (-p[1], p[2])))
print(list(map(itemgetter(0), people)))


def compare(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["banana", "fig", "apple", "kiwi", "date", "cherry"]
print(sorted(words, key=cmp_to_key(compare)))
print(reduce(add, [1, 2, 3, 4]), reduce(concat, ["a", "b", "c"]), list(map(neg, [1, -2])))
print(truth([]), contains("team", "i"))
nums = ["10", "9", "100", "1"]
print(sorted(nums), sorted(nums, key=int), sorted(nums, key=lambda s: (len(s), s), reverse=True))
