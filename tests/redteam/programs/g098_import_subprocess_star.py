# import: from subprocess import *
from subprocess import *
print("PWN" + "ED")
