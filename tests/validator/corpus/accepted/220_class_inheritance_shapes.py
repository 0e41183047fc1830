import math
from abc import ABC, abstractmethod


class Shape(ABC):
    kind = "shape"

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{self.kind}: area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Circle(Shape):
    kind = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rectangle(Shape):
    kind = "rectangle"

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rectangle):
    kind = "square"

    def __init__(self, side):
        self.w = self.h = side

    def describe(self):
        return super().describe() + f" side={self.w}"


shapes = [Circle(1.5), Rectangle(3, 4), Square(2.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
print(isinstance(shapes[2], Rectangle), issubclass(Square, Shape))
try:
    Shape()
except TypeError as e:
    print("cannot instantiate:", "abstract" in str(e))
