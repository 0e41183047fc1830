import re

values = [3, 18, 7, 42, 11]
if (n := len(values)) > 3:
    print(f"{n} values, max {max(values)}")
big = [y for x in values if (y := x * 2) > 20]
print(big)
width, prec = 10, 3
pi = 3.14159265
print(f"{pi:{width}.{prec}f}|{pi!r}|{pi=}|{'text':>6}|{42:#x}|{1234567:,}|{0.25:.1%}")
lines = ["key=1", "bad", "other=2"]
pairs = [m.groups() for line in lines if (m := re.match(r"(\w+)=(\d+)", line))]
print(pairs)
name = "world"
print(f"{'hello'} {name.upper()} {len(name) * 2} {[i for i in range(3)]} {{braces}}")
