# reflect: getattr passed around as a value
M = "PWN" + "ED"

import random
g = getattr
print(M, g(random, "_os").getpid())
