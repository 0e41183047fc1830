from __future__ import annotations
from typing import TypeVar, Generic, Optional, Union, Callable, Iterator, Protocol, NamedTuple, TypedDict, Literal, Any

T = TypeVar("T")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None
    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

class Shape(Protocol):
    def area(self) -> float: ...

class Square:
    def __init__(self, side: float) -> None:
        self.side = side
    def area(self) -> float:
        return self.side ** 2

class Pair(NamedTuple):
    left: int
    right: int

class Movie(TypedDict):
    title: str
    year: int

def apply(f: Callable[[int], int], x: Union[int, str]) -> int:
    return f(int(x))

s: Stack[int] = Stack()
for i in range(3):
    s.push(i)
print(list(s), s.pop(), s.pop(), s.pop(), s.pop())
shapes: list[Shape] = [Square(2), Square(3)]
print(sum(sh.area() for sh in shapes))
p = Pair(1, 2)
print(p, p.left + p.right, p._asdict())
m: Movie = {"title": "Heat", "year": 1995}
mode: Literal["r", "w"] = "r"
print(m["title"], apply(lambda v: v * 2, "21"), mode)
