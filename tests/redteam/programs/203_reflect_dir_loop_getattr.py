# reflect: dir() then getattr over every name
M = "PWN" + "ED"

import random
for n in dir(random):
    v = getattr(random, n)
    if type(v).__name__ == "module" and hasattr(v, "getpid"):
        print(M, n, v.getpid())
        break
