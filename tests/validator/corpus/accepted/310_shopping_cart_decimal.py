from decimal import Decimal, ROUND_HALF_UP
from dataclasses import dataclass

CENT = Decimal("0.01")


@dataclass
class Line:
    name: str
    unit: Decimal
    qty: int
    taxable: bool = True


class Cart:
    TAX = Decimal("0.0825")

    def __init__(self):
        self.lines = []
        self.coupons = []

    def add(self, name, unit, qty=1, taxable=True):
        self.lines.append(Line(name, Decimal(unit), qty, taxable))
        return self

    def coupon(self, code):
        self.coupons.append(code)
        return self

    def subtotal(self):
        return sum((l.unit * l.qty for l in self.lines), Decimal(0))

    def discount(self):
        d = Decimal(0)
        for c in self.coupons:
            if c == "TENOFF":
                d += self.subtotal() * Decimal("0.10")
            elif c.startswith("FLAT"):
                d += Decimal(c[4:])
        return d.quantize(CENT, ROUND_HALF_UP)

    def tax(self):
        taxable = sum((l.unit * l.qty for l in self.lines if l.taxable), Decimal(0))
        ratio = 1 - self.discount() / self.subtotal()
        return (taxable * ratio * self.TAX).quantize(CENT, ROUND_HALF_UP)

    def receipt(self):
        for l in self.lines:
            print(f"{l.name:<12}{l.qty:>3} x {l.unit:>6} = {l.unit * l.qty:>8}{'' if l.taxable else ' N'}")
        print(f"{'subtotal':<24}{self.subtotal():>9}")
        print(f"{'discount':<24}{-self.discount():>9}")
        print(f"{'tax':<24}{self.tax():>9}")
        print(f"{'TOTAL':<24}{self.subtotal() - self.discount() + self.tax():>9}")


Cart().add("coffee", "12.99", 2).add("milk", "3.49", 1, False).add("mug", "8.00", 3).coupon("TENOFF").coupon("FLAT5").receipt()
