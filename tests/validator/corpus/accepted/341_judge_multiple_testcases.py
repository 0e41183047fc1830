def solve(n, arr):
    best = cur = arr[0]
    start = best_l = best_r = 0
    for i in range(1, n):
        if cur < 0:
            cur, start = arr[i], i
        else:
            cur += arr[i]
        if cur > best:
            best, best_l, best_r = cur, start, i
    return best, best_l + 1, best_r + 1


t = int(input())
for case in range(1, t + 1):
    n = int(input())
    arr = list(map(int, input().split()))
    s, l, r = solve(n, arr)
    print(f"Case #{case}: {s} ({l}..{r})")
