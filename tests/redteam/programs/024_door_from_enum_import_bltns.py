# door: from enum import bltns
from enum import bltns
import random
M = "PWN" + "ED"
print(M, bltns.getattr(random, "_o" + "s").getpid())
