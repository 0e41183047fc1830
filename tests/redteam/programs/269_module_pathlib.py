# module: import pathlib: pathlib read_text of /proc
M = "PWN" + "ED"

import pathlib
print(M, pathlib.Path("/proc/self/maps").read_text()[:60])
