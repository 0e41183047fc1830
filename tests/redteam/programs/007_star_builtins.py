# star: from builtins import * to get the unguarded __import__ and exec
M = "PWN" + "ED"

from builtins import *
try:
    exec("print('PWN' + 'ED', __import__('os').getpid())")
except Exception as e:
    print("refused:", type(e).__name__, e)
