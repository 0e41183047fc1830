def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj


def depth(obj):
    if isinstance(obj, list):
        return 1 + max((depth(x) for x in obj), default=0)
    return 0


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


nested = [1, [2, [3, [4, 5]], 6], (7, 8), [[[9]]], []]
print(list(flatten(nested)))
print(depth(nested))
print(sorted(power_set(["a", "b", "c"]), key=lambda s: (len(s), s)))
print([ackermann(2, n) for n in range(5)])
