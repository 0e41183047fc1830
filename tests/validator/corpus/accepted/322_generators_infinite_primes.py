from itertools import count, islice


def primes():
    composites = {}
    for n in count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)


def twin_primes():
    it = primes()
    prev = next(it)
    for p in it:
        if p - prev == 2:
            yield prev, p
        prev = p


def chunked(iterable, size):
    it = iter(iterable)
    while chunk := list(islice(it, size)):
        yield chunk


print(list(islice(primes(), 25)))
print(list(islice(twin_primes(), 10)))
print(next(p for p in primes() if p > 10_000))
for row in chunked(islice(primes(), 30), 10):
    print(" ".join(f"{p:>3}" for p in row))
