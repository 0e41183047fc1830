# star: from site import * binds site's os and sys as plain names
M = "PWN" + "ED"

from site import *
try:
    print(M, os.getpid(), sys.modules["posix"].getpid())
except Exception as e:
    print("refused:", type(e).__name__, e)
