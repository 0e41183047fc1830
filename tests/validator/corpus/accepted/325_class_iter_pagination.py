import math


class Paginator:
    def __init__(self, items, per_page):
        self.items = list(items)
        self.per_page = per_page

    def __len__(self):
        return math.ceil(len(self.items) / self.per_page)

    def page(self, n):
        if not 1 <= n <= len(self):
            raise IndexError(f"page {n} out of range 1..{len(self)}")
        start = (n - 1) * self.per_page
        return Page(self, n, self.items[start:start + self.per_page])

    def __iter__(self):
        for n in range(1, len(self) + 1):
            yield self.page(n)


class Page:
    def __init__(self, paginator, number, items):
        self.paginator, self.number, self.items = paginator, number, items

    @property
    def has_next(self):
        return self.number < len(self.paginator)

    @property
    def has_prev(self):
        return self.number > 1

    def __repr__(self):
        nav = ("<" if self.has_prev else " ") + (">" if self.has_next else " ")
        return f"Page {self.number}/{len(self.paginator)} {nav} {self.items}"


p = Paginator((f"item{i}" for i in range(1, 24)), 5)
for page in p:
    print(page)
try:
    p.page(9)
except IndexError as e:
    print("error:", e)
print(len(Paginator([], 10)))
