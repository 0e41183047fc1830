# module: import pydoc: pydoc.locate('os')
M = "PWN" + "ED"

import pydoc
print(M, pydoc.locate("os").getpid())
