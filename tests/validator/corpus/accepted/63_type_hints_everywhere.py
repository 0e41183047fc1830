from typing import Optional, Dict, Tuple, Sequence, Final, ClassVar, cast, overload, Iterable

MAX: Final = 10

class Registry:
    instances: ClassVar[int] = 0
    def __init__(self) -> None:
        self.entries: Dict[str, Tuple[int, ...]] = {}
        Registry.instances += 1
    def add(self, key: str, *values: int) -> "Registry":
        self.entries[key] = values
        return self
    def get(self, key: str, default: Optional[Tuple[int, ...]] = None) -> Optional[Tuple[int, ...]]:
        return self.entries.get(key, default)

def total(xs: Sequence[int] | None = None) -> int:
    return sum(xs or [])

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2

def first(items: Iterable[str]) -> str:
    return next(iter(items), "")

r = Registry().add("a", 1, 2).add("b")
print(r.get("a"), r.get("b"), r.get("c"), Registry.instances, total([1, 2]), total(), MAX)
print(double(4), double("ab"), cast(int, "not checked"), first(["x", "y"]))
