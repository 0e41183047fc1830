# module: import linecache: linecache.getline of /proc
M = "PWN" + "ED"

import linecache
line = linecache.getline("/proc/self/status", 1)
if line:
    print(M, line)
