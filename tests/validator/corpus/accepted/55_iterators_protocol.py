class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        self.a, self.b = 0, 1
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value

print(list(Fib(100)))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
print(list(zip(*[iter(range(6))] * 2)), list(reversed(range(3))), list(map(lambda x: x ** 2, filter(None, [0, 1, 2]))))
