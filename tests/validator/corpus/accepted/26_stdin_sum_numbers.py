def lines():
    while True:
        try:
            yield input()
        except EOFError:
            return

total = 0
count = 0
for line in lines():
    for token in line.split():
        try:
            total += int(token)
            count += 1
        except ValueError:
            print(f"skipping {token!r}")
print(f"{count} numbers, sum {total}")
