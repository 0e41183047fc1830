def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def search_rotated(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[lo] <= a[mid]:
            if a[lo] <= x < a[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if a[mid] < x <= a[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1


def sqrt_floor(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo


def bisect_float(f, lo, hi, eps=1e-12):
    while hi - lo > eps:
        mid = (lo + hi) / 2
        if f(mid) > 0:
            hi = mid
        else:
            lo = mid
    return lo


a = [1, 3, 3, 3, 5, 8, 13, 21]
print([lower_bound(a, x) for x in (0, 3, 4, 21, 22)])
r = [15, 18, 22, 3, 6, 9, 12]
print([search_rotated(r, x) for x in (15, 3, 12, 7)])
print([sqrt_floor(n) for n in (0, 1, 15, 16, 10 ** 18)])
print(f"{bisect_float(lambda x: x ** 3 - 2 * x - 5, 2, 3):.10f}")
