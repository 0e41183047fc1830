from collections.abc import MutableMapping, Sequence, Iterable, Mapping


class CaseInsensitiveDict(MutableMapping):
    def __init__(self, data=None, **kw):
        self._store = {}
        self.update(data or {}, **kw)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return (orig for orig, _ in self._store.values())

    def __len__(self):
        return len(self._store)

    def __repr__(self):
        return f"CaseInsensitiveDict({dict(self.items())})"


class Countdown(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if not -self.n <= i < self.n:
            raise IndexError(i)
        return self.n - (i % self.n)

    def __len__(self):
        return self.n


h = CaseInsensitiveDict({"Content-Type": "text/html"}, Accept="*/*")
h["content-type"] = "application/json"
print(h, h["CONTENT-TYPE"], "accept" in h, len(h))
del h["ACCEPT"]
print(list(h), h.get("accept", "none"), isinstance(h, Mapping))
c = Countdown(5)
print(list(c), c[0], c[-1], c[1:4], 3 in c, c.index(2), c.count(9), list(reversed(c)))
print(isinstance(c, Iterable), isinstance([], Sequence), isinstance({}, Sequence))
