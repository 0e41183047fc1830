# module: import _imp: _imp.create_builtin
M = "PWN" + "ED"

import _imp
print(M, _imp.is_builtin("posix"))
