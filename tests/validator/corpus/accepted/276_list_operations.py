nums = [5, 3, 8, 1, 9, 2, 7]
nums.append(4)
nums.insert(0, 10)
nums.extend([6, 0])
print(nums)
print(nums.pop(), nums.pop(0), nums.index(9), nums.count(3))
nums.remove(8)
print(nums, len(nums), min(nums), max(nums), sum(nums))
nums.sort()
print(nums, nums[::-1], nums[1:4], nums[-3:], nums[::2])
nums.sort(key=lambda x: (x % 3, x))
print(nums)
copy = nums[:]
copy[0] = 99
print(nums[0], copy[0])
matrix = [[0] * 3 for _ in range(3)]
matrix[1][1] = 5
print(matrix)
a, *middle, b = range(6)
print(a, middle, b)
del nums[1:3]
print(nums, 7 in nums, nums * 2 if len(nums) < 5 else nums[:2] * 2)
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.lower))
print(list(zip([1, 2, 3], "abc")), list(enumerate("xyz", start=1)))
print(any(x > 8 for x in nums), all(x >= 0 for x in nums))
