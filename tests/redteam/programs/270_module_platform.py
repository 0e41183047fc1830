# module: import platform: platform.uname (runs uname)
M = "PWN" + "ED"

import platform
print(M, platform.uname())
