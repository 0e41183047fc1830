# module: import glob: glob of /proc
M = "PWN" + "ED"

import glob
print(M, glob.glob("/proc/self/*")[:3])
