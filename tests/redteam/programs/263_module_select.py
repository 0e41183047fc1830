# module: import select: select.epoll
M = "PWN" + "ED"

import select
print(M, select.epoll())
