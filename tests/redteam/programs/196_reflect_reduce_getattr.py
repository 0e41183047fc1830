# reflect: functools.reduce(getattr, path, start)
M = "PWN" + "ED"

import functools, random
print(M, functools.reduce(getattr, ["_os", "getpid"], random)())
