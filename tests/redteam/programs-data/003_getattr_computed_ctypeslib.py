import numpy as np
import functools
# getattr reached under another name: the run-time wall's guarded getattr judges the name
g = functools.reduce(lambda a, b: a, [getattr])
lib = g(np, "cty" + "peslib")
print("PW" + "NED:", lib.as_array(lib.ctypes.c_char.from_address(8), (8,)))
