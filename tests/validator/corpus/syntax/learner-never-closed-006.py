numbers = [1, 2, 3]
for n in numbers:
    print(max(n, (n * 2)
print("done")
