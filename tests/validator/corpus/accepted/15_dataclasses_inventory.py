from dataclasses import dataclass, field, asdict, replace, astuple
from typing import List

@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    tags: List[str] = field(default_factory=list, compare=False)

@dataclass
class Inventory:
    items: List[Item] = field(default_factory=list)

    def add(self, item: Item) -> None:
        self.items.append(item)

    @property
    def total(self) -> float:
        return round(sum(i.price for i in self.items), 2)

inv = Inventory()
inv.add(Item(3.5, "pen", ["office"]))
inv.add(Item(1.25, "clip"))
inv.add(Item(12.0, "lamp", ["home", "light"]))
print(inv.total, [i.name for i in sorted(inv.items)])
print(asdict(inv.items[0]))
print(replace(inv.items[1], price=2.0), astuple(inv.items[1]))

@dataclass(frozen=True, slots=True)
class Point:
    x: int
    y: int

p = Point(1, 2)
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__)
print(p, hash(p) == hash(Point(1, 2)))
