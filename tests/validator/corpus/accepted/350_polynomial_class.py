from itertools import zip_longest
from fractions import Fraction


class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def __add__(self, o):
        return Poly(a + b for a, b in zip_longest(self.c, o.c, fillvalue=0))

    def __mul__(self, o):
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)

    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])

    def integral(self):
        return Poly([0] + [Fraction(a, i + 1) for i, a in enumerate(self.c)])

    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            coef = "" if a == 1 and i else str(a)
            terms.append(coef + ("x" if i >= 1 else "") + (f"^{i}" if i > 1 else ""))
        return " + ".join(terms).replace("+ -", "- ")


p = Poly([1, -3, 0, 2])
q = Poly([0, 1, 1])
print(p, "|", q)
print(p + q, "|", p * q)
print(p.derivative(), "|", p.integral())
print([p(x) for x in range(-2, 3)])
newton = 2.0
for _ in range(6):
    newton -= p(newton) / p.derivative()(newton)
print(f"root near 2: {newton:.10f}")
