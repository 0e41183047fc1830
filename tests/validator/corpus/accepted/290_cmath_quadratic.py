import cmath
import math


def solve(a, b, c):
    d = b * b - 4 * a * c
    root = cmath.sqrt(d)
    return (-b + root) / (2 * a), (-b - root) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 5), (2, 4, 2), (1, 0, 1)]:
    r1, r2 = solve(*coeffs)
    fmt = lambda z: f"{z.real:g}" if abs(z.imag) < 1e-12 else f"{z.real:g}{z.imag:+g}j"
    print(coeffs, fmt(r1), fmt(r2))
z = complex(3, 4)
print(abs(z), z.conjugate(), cmath.phase(z), cmath.polar(z))
print(cmath.rect(2, math.pi / 2))
print(cmath.exp(1j * math.pi).real, round(cmath.exp(1j * math.pi).imag, 12))
roots = [cmath.rect(1, 2 * math.pi * k / 5) for k in range(5)]
print([f"{r.real:.3f}{r.imag:+.3f}j" for r in roots])
print(abs(sum(roots)) < 1e-9, cmath.isclose(roots[1] ** 5, 1))
