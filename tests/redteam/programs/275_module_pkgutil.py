# module: import pkgutil: pkgutil.iter_modules
M = "PWN" + "ED"

import pkgutil
print(M, next(pkgutil.iter_modules()))
