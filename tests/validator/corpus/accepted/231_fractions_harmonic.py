from fractions import Fraction

h = Fraction(0)
for n in range(1, 11):
    h += Fraction(1, n)
    print(n, h, f"{float(h):.6f}")
print(Fraction("3.1415926").limit_denominator(1000))
print(Fraction(22, 7) - Fraction(355, 113))
x = Fraction(5, 12)
print(x.numerator, x.denominator, x ** 2, 1 / x, round(x, 2))


def continued_fraction(fr):
    terms = []
    while True:
        q = fr.numerator // fr.denominator
        terms.append(q)
        fr -= q
        if fr == 0:
            return terms
        fr = 1 / fr


print(continued_fraction(Fraction(415, 93)))
