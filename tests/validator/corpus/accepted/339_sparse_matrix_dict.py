class Sparse:
    def __init__(self, rows, cols, data=None):
        self.rows, self.cols = rows, cols
        self.data = {k: v for k, v in (data or {}).items() if v}

    @classmethod
    def from_dense(cls, m):
        return cls(len(m), len(m[0]), {(i, j): v for i, r in enumerate(m) for j, v in enumerate(r)})

    def __matmul__(self, other):
        out = {}
        by_row = {}
        for (k, j), v in other.data.items():
            by_row.setdefault(k, []).append((j, v))
        for (i, k), v in self.data.items():
            for j, w in by_row.get(k, []):
                out[(i, j)] = out.get((i, j), 0) + v * w
        return Sparse(self.rows, other.cols, out)

    def transpose(self):
        return Sparse(self.cols, self.rows, {(j, i): v for (i, j), v in self.data.items()})

    def density(self):
        return len(self.data) / (self.rows * self.cols)

    def dense(self):
        return [[self.data.get((i, j), 0) for j in range(self.cols)] for i in range(self.rows)]


A = Sparse.from_dense([[1, 0, 0, 2], [0, 0, 3, 0], [0, 0, 0, 0], [4, 0, 0, 5]])
B = Sparse(4, 3, {(0, 0): 1, (3, 2): -1, (2, 1): 7})
C = A @ B
for row in C.dense():
    print(row)
print(sorted(C.data.items()))
print(f"{A.density():.3f} {C.density():.3f}")
print(A.transpose().dense()[0])
