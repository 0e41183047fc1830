# reflect: operator.methodcaller('__getattribute__', '_os')
M = "PWN" + "ED"

import operator, random
print(M, operator.methodcaller("__getattribute__", "_os")(random).getpid())
