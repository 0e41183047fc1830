# adversary round 3: 030_min_private_random
import random
class A:
 def f(s):s._random=1
print(random._random,"PWN"+"ED")
