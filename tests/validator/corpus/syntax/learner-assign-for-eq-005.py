class P:
    name = "a"
p = P()
if p.name = "a":
    print("a")
