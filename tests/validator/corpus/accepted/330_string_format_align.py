items = [("Espresso", 2.5, 3), ("Cappuccino", 3.75, 2), ("Blueberry muffin", 2.95, 4), ("Tea", 1.8, 1)]
w = max(len(n) for n, *_ in items)
line = "+" + "-" * (w + 2) + "+" + "-" * 8 + "+" + "-" * 5 + "+" + "-" * 9 + "+"
print(line)
print("| {0:<{w}} | {1:>6} | {2:>3} | {3:>7} |".format("Item", "Price", "Qty", "Total", w=w))
print(line)
total = 0
for name, price, qty in items:
    total += price * qty
    print("| {0:<{w}} | {1:>6.2f} | {2:>3d} | {3:>7.2f} |".format(name, price, qty, price * qty, w=w))
print(line)
print("| {0:>{w2}} | {1:>7.2f} |".format("Grand total", total, w2=w + 2 + 9 + 6 - 3 + 3))
print(line)
for v in (0, 1, -1, 3.14159, 1e6, 1 / 3):
    print("{0!s:>10} {0:>+10.3f} {0:>10.2e} {0:^10g}".format(v))
print("{0:>5}|{1:<5}|{2:^5}|".format("r", "l", "c"))
