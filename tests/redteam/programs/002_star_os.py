# star: from os import * binds getpid/system without naming os again
M = "PWN" + "ED"

from os import *
try:
    print(M, getpid(), listdir("/proc")[:3])
except Exception as e:
    print("refused:", type(e).__name__, e)
