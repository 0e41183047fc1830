from fractions import Fraction

UNITS = {
    "length": {"m": Fraction(1), "km": Fraction(1000), "cm": Fraction(1, 100), "in": Fraction(254, 10000),
               "ft": Fraction(3048, 10000), "mi": Fraction(1609344, 1000)},
    "mass": {"kg": Fraction(1), "g": Fraction(1, 1000), "lb": Fraction(45359237, 100000000), "oz": Fraction(45359237, 1600000000)},
}


def convert(value, frm, to):
    for kind, table in UNITS.items():
        if frm in table and to in table:
            return value * table[frm] / table[to]
    raise ValueError(f"cannot convert {frm} to {to}")


def temp(value, frm, to):
    c = {"C": lambda v: v, "F": lambda v: (v - 32) * 5 / 9, "K": lambda v: v - 273.15}[frm](value)
    return {"C": lambda v: v, "F": lambda v: v * 9 / 5 + 32, "K": lambda v: v + 273.15}[to](c)


for line in open(0).read().splitlines():
    v, frm, _, to = line.split()
    try:
        if frm in "CFK" and to in "CFK":
            print(f"{v} {frm} = {temp(float(v), frm, to):.2f} {to}")
        else:
            r = convert(Fraction(v), frm, to)
            print(f"{v} {frm} = {float(r):.6g} {to}")
    except ValueError as e:
        print("error:", e)
