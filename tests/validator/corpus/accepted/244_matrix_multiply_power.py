MOD = 10 ** 9 + 7


def mat_mul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(m)) % MOD for j in range(p)] for i in range(n)]


def mat_pow(m, e):
    size = len(m)
    result = [[int(i == j) for j in range(size)] for i in range(size)]
    while e:
        if e & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        e >>= 1
    return result


def fib(n):
    return mat_pow([[1, 1], [1, 0]], n)[0][1]


for n in map(int, open(0).read().split()):
    print(n, fib(n))
