# import: import ctypes and call libc
M = "PWN" + "ED"

import ctypes
print(M, ctypes.CDLL(None).getpid())
