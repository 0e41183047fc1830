from decimal import Decimal, localcontext, InvalidOperation, DivisionByZero, getcontext, ROUND_FLOOR, ROUND_CEILING

print(getcontext().prec, Decimal(10) / Decimal(3))
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(2).sqrt())
    print(Decimal(1).exp())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal("123.456789") + 0, Decimal(1) / 7)
print(Decimal("1.30") + Decimal("1.20"), Decimal("1.30") * Decimal("1.20"))
print(Decimal("3.14159").quantize(Decimal("0.01"), ROUND_FLOOR), Decimal("-3.14159").quantize(Decimal("0.01"), ROUND_CEILING))
print(Decimal("1e3").normalize(), Decimal("1.500").normalize(), Decimal("0.000").is_zero())
print(Decimal("12.345").as_tuple(), Decimal(0.1))
with localcontext() as ctx:
    ctx.traps[DivisionByZero] = True
    try:
        Decimal(1) / Decimal(0)
    except DivisionByZero:
        print("division by zero trapped")
try:
    Decimal("abc")
except InvalidOperation:
    print("invalid literal")
print(sorted([Decimal("2.5"), Decimal("-1"), Decimal("2.50"), Decimal("0")]))
print(Decimal("7.25").to_integral_value(), round(Decimal("7.25"), 1), int(Decimal("-7.9")))
