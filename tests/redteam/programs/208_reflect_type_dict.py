# reflect: type(obj).__dict__ and mappingproxy tricks
M = "PWN" + "ED"

import random
print(M, random.__dict__["_os"].getpid())
