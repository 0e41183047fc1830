def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def transpose(m):
    return [list(r) for r in zip(*m)]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(matmul(A, B))
print(transpose([[1, 2, 3], [4, 5, 6]]))
print(matmul(A, identity(2)) == A)

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        return Matrix(matmul(self.rows, other.rows))
    def __repr__(self):
        return f"Matrix({self.rows})"

print(Matrix(A) @ Matrix(B))
