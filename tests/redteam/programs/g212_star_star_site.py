# star: from site import * to bind os/sys/builtins as names
from site import *
try:
    print("PWN" + "ED", os.getpid())
except NameError:
    pass
try:
    print("PWN" + "ED", sys.modules['os'].getpid())
except NameError:
    pass
