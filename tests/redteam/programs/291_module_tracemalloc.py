# module: import tracemalloc: tracemalloc.start
M = "PWN" + "ED"

import tracemalloc
tracemalloc.start()
print(M, tracemalloc.is_tracing())
