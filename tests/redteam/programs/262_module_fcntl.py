# module: import fcntl: fcntl on stdout
M = "PWN" + "ED"

import fcntl
print(M, fcntl.fcntl(1, fcntl.F_GETFL))
