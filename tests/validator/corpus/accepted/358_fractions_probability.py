from fractions import Fraction
from itertools import product
from math import comb

dice = list(product(range(1, 7), repeat=2))
p_sum7 = Fraction(sum(1 for a, b in dice if a + b == 7), len(dice))
p_double = Fraction(sum(1 for a, b in dice if a == b), len(dice))
print("P(sum=7) =", p_sum7, " P(double) =", p_double)
p_at_least_one_six = 1 - Fraction(5, 6) ** 4
print("P(at least one 6 in 4 rolls) =", p_at_least_one_six, float(round(p_at_least_one_six, 4)))


def binom(n, k, p):
    return comb(n, k) * p ** k * (1 - p) ** (n - k)


dist = [binom(5, k, Fraction(1, 3)) for k in range(6)]
print(dist, sum(dist))
ev = sum(k * p for k, p in enumerate(dist))
print("expected heads:", ev)
prior = Fraction(1, 100)
sens, spec = Fraction(95, 100), Fraction(90, 100)
posterior = sens * prior / (sens * prior + (1 - spec) * (1 - prior))
print("P(disease | positive) =", posterior, f"~{float(posterior):.3%}")
