from dataclasses import dataclass, field, fields
import math


@dataclass
class Triangle:
    a: float
    b: float
    c: float
    kind: str = field(init=False)
    area: float = field(init=False, repr=False)

    def __post_init__(self):
        x, y, z = sorted((self.a, self.b, self.c))
        if x + y <= z:
            raise ValueError(f"sides {self.a}, {self.b}, {self.c} do not form a triangle")
        if x == z:
            self.kind = "equilateral"
        elif x == y or y == z:
            self.kind = "isosceles"
        elif math.isclose(x * x + y * y, z * z):
            self.kind = "right"
        else:
            self.kind = "scalene"
        s = (x + y + z) / 2
        self.area = math.sqrt(s * (s - x) * (s - y) * (s - z))


for sides in [(3, 4, 5), (2, 2, 2), (2, 2, 3), (1, 2, 3), (4, 6, 7)]:
    try:
        t = Triangle(*sides)
        print(t, f"area={t.area:.3f}")
    except ValueError as e:
        print("invalid:", e)
print([f.name for f in fields(Triangle)])
