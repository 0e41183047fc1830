# star: from enum import * (enum holds sys and bltns)
M = "PWN" + "ED"

from enum import *
try:
    print(M, bltns.__import__("os").getpid())
except Exception as e:
    print("refused:", type(e).__name__, e)
try:
    print(M, sys.modules["os"].getpid())
except Exception as e:
    print("refused:", type(e).__name__, e)
