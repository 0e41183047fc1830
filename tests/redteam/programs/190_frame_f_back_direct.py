# frame: sys._getframe().f_back.f_globals (static wall)
M = "PWN" + "ED"

import sys
f = sys._getframe()
while f is not None and "os" not in f.f_globals:
    f = f.f_back
print(M, f.f_globals["os"].getpid() if f else sys.modules["os"].getpid())
