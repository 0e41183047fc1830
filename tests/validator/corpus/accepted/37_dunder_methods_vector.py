import math

class Vector:
    def __init__(self, *components):
        self.c = tuple(components)
    def __repr__(self):
        return f"Vector{self.c}"
    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self.c, other.c)))
    def __mul__(self, k):
        return Vector(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __abs__(self):
        return math.hypot(*self.c)
    def __eq__(self, other):
        return self.c == other.c
    def __hash__(self):
        return hash(self.c)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __bool__(self):
        return any(self.c)
    def __iter__(self):
        return iter(self.c)

v = Vector(3, 4)
print(v + Vector(1, 1), 2 * v, abs(v), len(v), v[0], bool(Vector(0, 0)), list(v))
print({v: "a"}[Vector(3, 4)], type(v).__name__, type(v) is Vector)
