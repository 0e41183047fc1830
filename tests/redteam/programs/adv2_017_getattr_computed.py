# adversary round 2: 017_getattr_computed
import random
m = getattr(random, "_o" + "s")
print(m, "PWN"+"ED")