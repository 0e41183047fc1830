# unicode: random._ｏｓ: the attribute is normalised to _os by the parser
M = "PWN" + "ED"

import random
print(M, random._ｏｓ.getpid())
