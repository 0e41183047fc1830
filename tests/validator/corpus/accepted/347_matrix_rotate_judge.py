n = int(input())
m = [input().split() for _ in range(n)]


def rotate(mat):
    return [list(row) for row in zip(*mat[::-1])]


def show(mat):
    return "\n".join(" ".join(r) for r in mat)


r90 = rotate(m)
r180 = rotate(r90)
print(show(r90))
print()
print(show(r180))
print()
diag = [m[i][i] for i in range(n)]
anti = [m[i][n - 1 - i] for i in range(n)]
print(" ".join(diag), "|", " ".join(anti))
print(all(m[i][j] == m[j][i] for i in range(n) for j in range(n)))
