matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 == 0])
print({i: [j for j in range(1, i + 1) if i % j == 0] for i in range(1, 13)})
pythagorean = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pythagorean)
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
print({w[0]: w for w in words}, {len(w) for w in words})
print([w.upper() if len(w) > 4 else w for w in words])
print(sum(x * x for x in range(100) if x % 3 == 0))
grid = ["".join("#" if (r + c) % 3 == 0 else "." for c in range(8)) for r in range(4)]
print("\n".join(grid))
flat = [(i, j) for i in range(3) for j in range(i)]
print(flat)
print([[0 if i != j else 1 for j in range(4)] for i in range(4)])
