# module: import faulthandler: faulthandler.enable
M = "PWN" + "ED"

import faulthandler
faulthandler.enable()
print(M, faulthandler.is_enabled())
