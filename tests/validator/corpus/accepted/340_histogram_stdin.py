nums = [float(x) for x in open(0).read().split()]
lo, hi = min(nums), max(nums)
bins = 6
width = (hi - lo) / bins
counts = [0] * bins
for x in nums:
    i = min(int((x - lo) / width), bins - 1)
    counts[i] += 1
peak = max(counts)
for i, c in enumerate(counts):
    left = lo + i * width
    print(f"[{left:6.2f}, {left + width:6.2f}) {c:3d} {'█' * round(c * 30 / peak)}")
print(f"n={len(nums)} min={lo} max={hi} mean={sum(nums) / len(nums):.3f}")
