def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out


n = int(input())
iv = [tuple(map(int, input().split())) for _ in range(n)]
merged = merge(iv)
for a, b in merged:
    print(a, b)
print("covered:", sum(b - a for a, b in merged))
gaps = [(b1, a2) for (_, b1), (a2, _) in zip(merged, merged[1:])]
print("gaps:", gaps)
