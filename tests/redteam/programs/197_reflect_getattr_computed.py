# reflect: getattr with a computed name
M = "PWN" + "ED"

import random
print(M, getattr(random, "_o" + "s").getpid())
