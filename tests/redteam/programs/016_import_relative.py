# import: relative import from the (nonexistent) package
M = "PWN" + "ED"

from . import os
print(M, os.getpid())
