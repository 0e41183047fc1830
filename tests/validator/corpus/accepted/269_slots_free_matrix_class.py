class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def transpose(self):
        return Matrix(list(zip(*self.rows)))

    def determinant(self):
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = 0
        for j in range(self.m):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.determinant()
        return total

    def __eq__(self, other):
        return self.rows == other.rows

    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(f"{x:>{w}}" for x in r) for r in self.rows)


A = Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]])
B = Matrix([[1, 2, 3], [0, 1, 4], [5, 6, 0]])
print(A @ B)
print()
print(A + B)
print()
print(B.transpose())
print(A.determinant(), B.determinant(), (A @ B).determinant())
print(A @ Matrix.identity(3) == A)
