# import: import tracemalloc and use it
import tracemalloc
print("PWN" + "ED", tracemalloc.is_tracing())
