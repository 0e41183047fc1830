# module: import threading: a thread
M = "PWN" + "ED"

import threading
out = []
t = threading.Thread(target=out.append, args=(1,))
t.start(); t.join()
if out:
    print(M, "thread")
