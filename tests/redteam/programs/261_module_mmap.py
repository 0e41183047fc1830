# module: import mmap: anonymous mmap
M = "PWN" + "ED"

import mmap
m = mmap.mmap(-1, 4096)
print(M, len(m))
