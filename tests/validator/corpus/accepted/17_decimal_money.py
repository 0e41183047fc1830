from decimal import Decimal, ROUND_HALF_UP, getcontext, localcontext

prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10")]
subtotal = sum(prices, Decimal("0"))
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax)
print(Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7))
print(getcontext().prec, Decimal("1.10") + Decimal("2.20") == Decimal("3.30"), 0.1 + 0.2 == 0.3)
print(Decimal("2").sqrt().quantize(Decimal("1.000")))
