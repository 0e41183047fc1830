class FloatRange:
    def __init__(self, start, stop, step):
        self.start, self.stop, self.step = start, stop, step

    def __iter__(self):
        return FloatRangeIterator(self)

    def __len__(self):
        return max(0, int((self.stop - self.start) / self.step + 0.999999))

    def __reversed__(self):
        n = len(self)
        for i in range(n - 1, -1, -1):
            yield round(self.start + i * self.step, 10)

    def __contains__(self, x):
        return any(abs(x - v) < 1e-9 for v in self)


class FloatRangeIterator:
    def __init__(self, r):
        self.r = r
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        value = round(self.r.start + self.i * self.r.step, 10)
        if value >= self.r.stop:
            raise StopIteration
        self.i += 1
        return value


fr = FloatRange(0, 1, 0.1)
print(list(fr))
print(len(fr), list(reversed(fr))[:3], 0.3 in fr, 0.35 in fr)
it = iter(FloatRange(1, 2, 0.25))
print(next(it), next(it), list(it))
print(sum(FloatRange(0, 10, 0.5)))
