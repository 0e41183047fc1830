from datetime import date

employees = [
    {"name": "Grace Hopper", "dept": "R&D", "salary": 123456.789, "start": date(2015, 3, 1)},
    {"name": "Alan Turing", "dept": "Crypto", "salary": 98765.4, "start": date(2018, 11, 15)},
    {"name": "Ada Lovelace", "dept": "R&D", "salary": 110000, "start": date(2012, 6, 30)},
]
as_of = date(2024, 1, 1)
width = 14
for e in employees:
    years = (as_of - e["start"]).days / 365.25
    print(f"{e['name']:<{width}} {e['dept']:^8} {e['salary']:>12,.2f} {years:5.1f}y {e['start']:%b %Y}")
total = sum(e["salary"] for e in employees)
print(f"{'total':<{width}} {'':^8} {total:>12,.2f}")
x = 42
print(f"{x=} {x!r} {x:#x} {x:#b} {x * 2 = }")
name = "world"
print(f"{name!r:>10}|{name.upper():-<10}|")
print(f"{3.14159:.{3}f} {1e-7:g} {1234.5:010.2f}")
