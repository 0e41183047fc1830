from bisect import bisect_left

input()
seq = list(map(int, input().split()))
tails = []
for x in seq:
    i = bisect_left(tails, x)
    if i == len(tails):
        tails.append(x)
    else:
        tails[i] = x
print(len(tails))
