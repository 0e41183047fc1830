# import: from importlib import *
from importlib import *
print("PWN" + "ED")
