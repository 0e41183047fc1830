import csv
import io
from collections import defaultdict

RAW = """region,product,units,price
North,Widget,10,2.50
South,Widget,4,2.50
North,Gadget,3,10.00
East,Gizmo,7,4.25
South,Gadget,6,10.00
East,Widget,12,2.50
North,Gizmo,1,4.25
"""

totals = defaultdict(float)
units = defaultdict(int)
for row in csv.DictReader(io.StringIO(RAW)):
    amount = int(row["units"]) * float(row["price"])
    totals[row["region"]] += amount
    units[row["product"]] += int(row["units"])

print("Revenue by region")
for region in sorted(totals, key=totals.get, reverse=True):
    print(f"  {region:<6} {totals[region]:>8.2f}")
print("Units by product")
for product, n in sorted(units.items()):
    print(f"  {product:<7}{n:>4}")

buf = io.StringIO()
writer = csv.writer(buf, lineterminator="\n")
writer.writerow(["region", "revenue"])
for region in sorted(totals):
    writer.writerow([region, f"{totals[region]:.2f}"])
print(buf.getvalue(), end="")
