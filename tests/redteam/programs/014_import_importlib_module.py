# import: importlib.import_module of posix
M = "PWN" + "ED"

import importlib
print(M, importlib.import_module("pos" + "ix").getpid())
