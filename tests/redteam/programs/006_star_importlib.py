# star: from importlib import * then import_module('os')
M = "PWN" + "ED"

from importlib import *
try:
    print(M, import_module("o" + "s").getpid())
except Exception as e:
    print("refused:", type(e).__name__, e)
