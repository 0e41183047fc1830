def make_counter(start=0, step=1):
    count = start

    def counter():
        nonlocal count
        value = count
        count += step
        return value

    return counter


def make_accumulator():
    history = []

    def add(x):
        history.append(x)
        return sum(history)

    add.history = history
    return add


c1 = make_counter()
c2 = make_counter(100, -10)
print([c1() for _ in range(5)])
print([c2() for _ in range(5)])
acc = make_accumulator()
for x in (3, 4, 5):
    print("running total", acc(x))
print("history", acc.history)

adders = [lambda x, n=n: x + n for n in range(4)]
print([f(10) for f in adders])
