# module: import signal: signal.setitimer and a handler
M = "PWN" + "ED"

import signal
print(M, signal.getsignal(signal.SIGINT))
