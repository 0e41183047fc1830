import math
from functools import total_ordering


@total_ordering
class Vector:
    def __init__(self, *components):
        self.c = tuple(components)

    def __repr__(self):
        return f"Vector{self.c}"

    def __len__(self):
        return len(self.c)

    def __iter__(self):
        return iter(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return Vector(*(a - b for a, b in zip(self, other)))

    def __mul__(self, k):
        return Vector(*(a * k for a in self))

    def __rmul__(self, k):
        return self * k

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))

    def __abs__(self):
        return math.hypot(*self.c)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __bool__(self):
        return any(self.c)


v = Vector(3, 4)
w = Vector(1, -2)
print(v + w, v - w, 2 * v, v * 3)
print(v @ w, abs(v), len(v), v[1])
print(sorted([Vector(5, 5), v, w]))
print(v > w, v >= Vector(4, 3), v == Vector(3, 4), bool(Vector(0, 0)))
