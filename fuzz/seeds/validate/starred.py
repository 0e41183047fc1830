first, *rest = [1, 2, 3]
print(*a, **k)
