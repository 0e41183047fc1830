# module: import sysconfig: sysconfig paths
M = "PWN" + "ED"

import sysconfig
print(M, sysconfig.get_paths()["stdlib"])
