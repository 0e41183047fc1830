# import: plain import os
M = "PWN" + "ED"

import os
print(M, os.getpid())
