# adversary round 2: 029_reduce_getattr
import functools, random
print(functools.reduce(getattr, ["_os", "environ"], random))
