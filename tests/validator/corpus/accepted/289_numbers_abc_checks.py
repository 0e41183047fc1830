import numbers
from fractions import Fraction
from decimal import Decimal

values = [3, 2.5, 1 + 2j, Fraction(1, 3), Decimal("1.1"), True, "7"]
for v in values:
    kinds = [name for name, abc_ in [("Number", numbers.Number), ("Complex", numbers.Complex),
                                     ("Real", numbers.Real), ("Rational", numbers.Rational),
                                     ("Integral", numbers.Integral)] if isinstance(v, abc_)]
    print(f"{v!r:<18} {kinds}")


def mean(xs):
    if not all(isinstance(x, numbers.Real) for x in xs):
        raise TypeError("mean() needs real numbers")
    return sum(xs) / len(xs)


print(mean([1, 2, 3.5]), mean([Fraction(1, 2), Fraction(1, 3)]))
try:
    mean([1, 1j])
except TypeError as e:
    print(e)
