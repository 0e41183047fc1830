# reflect: object.__getattribute__(random, '_os')
M = "PWN" + "ED"

import random
print(M, object.__getattribute__(random, "_os").getpid())
