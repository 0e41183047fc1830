# module: import atexit: atexit.register
M = "PWN" + "ED"

import atexit
atexit.register(print, "PWN" + "ED")
