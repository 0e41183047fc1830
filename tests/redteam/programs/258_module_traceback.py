# module: import traceback: traceback.walk_stack
M = "PWN" + "ED"

import traceback
print(M, [f for f, _ in traceback.walk_stack(None)])
