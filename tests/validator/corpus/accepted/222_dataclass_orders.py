from dataclasses import dataclass, field, asdict, replace, FrozenInstanceError
from decimal import Decimal


@dataclass(frozen=True)
class Item:
    sku: str
    price: Decimal
    qty: int = 1

    @property
    def subtotal(self):
        return self.price * self.qty


@dataclass(order=True)
class Order:
    order_id: int
    customer: str = field(compare=False)
    items: list = field(default_factory=list, compare=False, repr=False)

    def total(self):
        return sum((i.subtotal for i in self.items), Decimal("0"))


orders = [
    Order(3, "zoe", [Item("A1", Decimal("9.99"), 2), Item("B2", Decimal("0.50"), 10)]),
    Order(1, "yan", [Item("C3", Decimal("120.00"))]),
    Order(2, "xia"),
]
for o in sorted(orders):
    print(o, "total", o.total())
item = orders[0].items[0]
print(asdict(item))
print(replace(item, qty=5).subtotal)
try:
    item.qty = 3
except FrozenInstanceError as e:
    print("frozen:", e)
