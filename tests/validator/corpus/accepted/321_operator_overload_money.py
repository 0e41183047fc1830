from decimal import Decimal
from functools import total_ordering


@total_ordering
class Money:
    def __init__(self, amount, currency="USD"):
        self.amount = Decimal(str(amount)).quantize(Decimal("0.01"))
        self.currency = currency

    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return other

    def __add__(self, other):
        if other == 0:
            return self
        self._check(other)
        return Money(self.amount + other.amount, self.currency)

    def __radd__(self, other):
        return self + other

    def __sub__(self, other):
        self._check(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor):
        return Money(self.amount * Decimal(str(factor)), self.currency)

    def __truediv__(self, parts):
        base = (self.amount / parts).quantize(Decimal("0.01"), rounding="ROUND_DOWN")
        shares = [base] * parts
        remainder = int((self.amount - base * parts) * 100)
        for i in range(remainder):
            shares[i] += Decimal("0.01")
        return [Money(s, self.currency) for s in shares]

    def __eq__(self, other):
        if isinstance(other, int) and other == 0:
            return self.amount == 0
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other):
        self._check(other)
        return self.amount < other.amount

    def __repr__(self):
        return f"{self.currency} {self.amount:,}"


a = Money(100)
b = Money("19.99")
print(a + b, a - b, b * 3, sum([a, b, Money(0.01)]))
print(a / 3, Money(10) / 4)
print(sorted([a, b, Money(50)]), a > b, max(a, b))
try:
    a + Money(5, "EUR")
except ValueError as e:
    print(e)
print(Money(1234567.891), Money(0) == 0)
