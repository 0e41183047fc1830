import math

print(10 / 3, 10 // 3, -10 // 3, 10 % -3, divmod(17, 5), 2 ** 100)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), format(1e-7, ".2e"), f"{1/3:.5f}")
print(int("ff", 16), float("inf") > 1e308, math.isnan(float("nan")), complex(1, 2) * 1j, abs(-3 + 4j))
print(sum([0.1] * 10), math.fsum([0.1] * 10), 0.1 + 0.2, (0.1).as_integer_ratio()[1] > 0)
print(f"{255:08b} {255:o} {3.14159:e} {1234.5:_>12,.1f} {-42:+d}")
