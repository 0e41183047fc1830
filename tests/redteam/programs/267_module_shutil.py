# module: import shutil: shutil.which
M = "PWN" + "ED"

import shutil
print(M, shutil.which("sh"))
