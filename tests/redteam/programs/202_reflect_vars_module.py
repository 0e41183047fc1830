# reflect: vars(random)
M = "PWN" + "ED"

import random
print(M, vars(random)["_os"].getpid())
