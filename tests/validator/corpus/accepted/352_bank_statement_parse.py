import re
from decimal import Decimal
from datetime import datetime
from collections import defaultdict

STATEMENT = """\
01/03/2024  SALARY ACME CORP           +3,200.00
02/03/2024  RENT MARCH                 -1,150.00
05/03/2024  GROCERY FRESHMART             -84.32
09/03/2024  COFFEE BEAN BAR                -4.50
12/03/2024  GROCERY FRESHMART             -61.07
15/03/2024  REFUND ONLINE SHOP            +19.99
20/03/2024  ELECTRICITY POWERCO           -72.10
28/03/2024  COFFEE BEAN BAR                -9.00
"""
LINE = r"(\d{2}/\d{2}/\d{4})\s+(.+?)\s+([+-][\d,]+\.\d{2})$"
CATS = {"GROCERY": "food", "COFFEE": "food", "RENT": "housing", "ELECTRICITY": "utilities", "SALARY": "income"}
by_cat = defaultdict(Decimal)
balance = Decimal("500.00")
for line in STATEMENT.splitlines():
    m = re.match(LINE, line)
    if not m:
        continue
    when = datetime.strptime(m.group(1), "%d/%m/%Y").date()
    desc = m.group(2)
    amount = Decimal(m.group(3).replace(",", ""))
    balance += amount
    cat = CATS.get(desc.split()[0], "other")
    by_cat[cat] += amount
    print(f"{when:%a %d} {desc:<24}{amount:>10}{balance:>10}")
for cat, total in sorted(by_cat.items(), key=lambda kv: kv[1]):
    print(f"{cat:<10}{total:>10}")
