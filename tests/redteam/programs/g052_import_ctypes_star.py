# import: from ctypes import *
from ctypes import *
print("PWN" + "ED")
