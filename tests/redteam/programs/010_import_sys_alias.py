# import: import sys under another name and reach os via sys.modules
M = "PWN" + "ED"

import sys as s
print(M, s.modules["os"].getpid())
