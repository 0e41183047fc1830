# import: fullwidth letters: the parser NFKC-normalises ｏｓ to os
M = "PWN" + "ED"

import ｏｓ
print(M, ｏｓ.getpid())
