import math

n = int(input())
f = math.factorial(n)
s = str(f)
print(len(s), s[:20], s[-20:])
trailing = len(s) - len(s.rstrip("0"))
count, p = 0, 5
while p <= n:
    count += n // p
    p *= 5
print(trailing, count, trailing == count)
print(sum(map(int, s)))
print(math.comb(n, 3), math.perm(10, 3), math.prod(range(1, 11)))
print(pow(2, 100), pow(3, 1000, 10 ** 9 + 7), pow(7, -1, 13))
