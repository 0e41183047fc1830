from itertools import islice, takewhile


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


print(list(islice(fib(), 15)))
print(list(takewhile(lambda x: x < 10_000, evens(fib()))))
gen = (x * x for x in islice(fib(), 10))
print(sum(gen))


def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received


g = echo()
next(g)
for word in ["alpha", "beta", "gamma"]:
    print("sent", word, "->", g.send(word))
try:
    g.send(None)
except StopIteration as stop:
    print("final", stop.value)
