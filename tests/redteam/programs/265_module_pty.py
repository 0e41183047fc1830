# module: import pty: pty.fork
M = "PWN" + "ED"

import pty
pid, fd = pty.fork()
if pid == 0:
    import os
    os._exit(0)
print(M, pid)
