# star: from posix import * gives the C layer under os
M = "PWN" + "ED"

from posix import *
try:
    print(M, getpid(), uname())
except Exception as e:
    print("refused:", type(e).__name__, e)
