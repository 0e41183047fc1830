# unicode: fraktur letters for import of posix
M = "PWN" + "ED"

import 𝔭𝔬𝔰𝔦𝔵
print(M, 𝔭𝔬𝔰𝔦𝔵.getpid())
