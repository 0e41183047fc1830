# module: import dis: dis of a code object
M = "PWN" + "ED"

import dis
print(M, dis.code_info(lambda: 0)[:20])
