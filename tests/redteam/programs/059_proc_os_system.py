# proc: os.system (static wall: import os)
M = "PWN" + "ED"

import os
os.system("echo PWN''ED; id")
