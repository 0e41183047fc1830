from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, getcontext

getcontext().prec = 28
principal = Decimal("10000.00")
rate = Decimal("0.045")
monthly = rate / 12
months = 12
balance = principal
cents = Decimal("0.01")
for m in range(1, months + 1):
    interest = (balance * monthly).quantize(cents, rounding=ROUND_HALF_UP)
    balance += interest
    if m % 3 == 0:
        print(f"month {m:2d}: interest {interest:>7} balance {balance:>10}")
print("effective rate", ((balance / principal - 1) * 100).quantize(Decimal("0.0001")), "%")
print(Decimal("2.675").quantize(cents, rounding=ROUND_HALF_EVEN), Decimal("2.665").quantize(cents, rounding=ROUND_HALF_EVEN))
print(Decimal(1) / Decimal(7))
print(sum([Decimal("0.1")] * 10) == Decimal("1.0"), sum([0.1] * 10) == 1.0)
