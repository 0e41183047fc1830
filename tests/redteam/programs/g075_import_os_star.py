# import: from os import *
from os import *
print("PWN" + "ED")
