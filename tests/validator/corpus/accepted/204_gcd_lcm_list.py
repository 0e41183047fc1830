import math
from functools import reduce

nums = [int(x) for x in input().split()]
g = reduce(math.gcd, nums)
l = reduce(lambda a, b: a * b // math.gcd(a, b), nums)
print(f"gcd={g} lcm={l}")
print("math.lcm agrees:", math.lcm(*nums) == l)
