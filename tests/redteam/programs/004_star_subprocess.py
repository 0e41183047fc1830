# star: from subprocess import * then run a process
M = "PWN" + "ED"

from subprocess import *
try:
    print(M, check_output(["id"]))
except Exception as e:
    print("refused:", type(e).__name__, e)
