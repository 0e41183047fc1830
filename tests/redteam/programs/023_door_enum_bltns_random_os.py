# door: enum.bltns (enum's alias of builtins) and its getattr as an attribute call
import enum
B = enum.bltns  # the real builtins module (enum does `import builtins as bltns`)
M = "PWN" + "ED"

import random
o = B.getattr(random, "_o" + "s")
print(M, o.getpid(), o.uname().sysname)
