# module: import gc: gc.get_objects
M = "PWN" + "ED"

import gc
print(M, len(gc.get_objects()))
