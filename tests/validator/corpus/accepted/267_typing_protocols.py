from typing import Protocol, TypeVar, Generic, Optional, Iterable, Callable, Union, runtime_checkable

T = TypeVar("T")
K = TypeVar("K")


@runtime_checkable
class Sized(Protocol):
    def size(self) -> int:
        ...


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def map(self, f: Callable[[T], K]) -> "Box[K]":
        return Box(f(self.item))

    def size(self) -> int:
        return 1

    def __repr__(self) -> str:
        return f"Box({self.item!r})"


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, x: T) -> None:
        self._items.append(x)

    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None

    def size(self) -> int:
        return len(self._items)


def total_size(things: Iterable[Sized]) -> int:
    return sum(t.size() for t in things)


def parse(value: Union[str, int]) -> int:
    return int(value) if isinstance(value, str) else value


b = Box(21).map(lambda x: x * 2).map(str)
print(b)
s: Stack[int] = Stack()
for i in range(4):
    s.push(i)
print(s.pop(), s.size(), total_size([b, s, Box(None)]))
print(isinstance(s, Sized), isinstance(42, Sized))
print(parse("12") + parse(30))
