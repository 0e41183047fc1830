# import: from sys import *
from sys import *
print("PWN" + "ED")
