from collections import deque


def sliding_max(nums, k):
    dq = deque()
    out = []
    for i, x in enumerate(nums):
        while dq and nums[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out


n, k = map(int, input().split())
nums = list(map(int, input().split()))
print(*sliding_max(nums, k))
recent = deque(maxlen=3)
for x in nums:
    recent.append(x)
print(list(recent))
d = deque(range(6))
d.rotate(2)
print(d)
d.rotate(-3)
d.appendleft(99)
print(d, d.count(99), d.index(4))
