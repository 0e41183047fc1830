# module: import _io: _io.FileIO on /proc
M = "PWN" + "ED"

import _io
print(M, _io.FileIO("/proc/self/maps").read(40))
