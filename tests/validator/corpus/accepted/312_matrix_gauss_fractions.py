from fractions import Fraction


def solve(a, b):
    n = len(a)
    m = [[Fraction(x) for x in row] + [Fraction(y)] for row, y in zip(a, b)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if m[r][col] != 0), None)
        if pivot is None:
            raise ValueError("singular matrix")
        m[col], m[pivot] = m[pivot], m[col]
        pv = m[col][col]
        m[col] = [x / pv for x in m[col]]
        for r in range(n):
            if r != col and m[r][col] != 0:
                f = m[r][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [row[-1] for row in m]


tokens = open(0).read().split()
n = int(tokens[0])
nums = list(map(int, tokens[1:]))
A = [nums[i * (n + 1):i * (n + 1) + n] for i in range(n)]
B = [nums[i * (n + 1) + n] for i in range(n)]
sol = solve(A, B)
print(" ".join(str(x) for x in sol))
print(" ".join(f"{float(x):.4f}" for x in sol))
try:
    solve([[1, 2], [2, 4]], [3, 6])
except ValueError as e:
    print(e)
