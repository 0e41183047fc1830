# module: import resource: resource.getrlimit
M = "PWN" + "ED"

import resource
print(M, resource.getrlimit(resource.RLIMIT_NOFILE))
