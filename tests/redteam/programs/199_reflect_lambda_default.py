# reflect: getattr captured as a lambda default
M = "PWN" + "ED"

import random
f = lambda o, n, g=getattr: g(o, n)
print(M, f(random, "_os").getpid())
