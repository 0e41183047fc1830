# import: import importlib and use it
import importlib
print("PWN" + "ED", importlib.import_module('os').getpid())
