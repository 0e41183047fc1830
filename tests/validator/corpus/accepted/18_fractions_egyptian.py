from fractions import Fraction
import math

def egyptian(frac):
    parts = []
    while frac.numerator:
        d = math.ceil(frac.denominator / frac.numerator)
        parts.append(Fraction(1, d))
        frac -= Fraction(1, d)
    return parts

print(egyptian(Fraction(4, 13)))
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1, 3) ** 2)
print(Fraction(355, 113).limit_denominator(10), float(Fraction(1, 8)))
