# import: import os and use it
import os
print("PWN" + "ED", os.getpid())
