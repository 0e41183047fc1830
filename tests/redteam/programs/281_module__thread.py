# module: import _thread: _thread.start_new_thread
M = "PWN" + "ED"

import _thread, time
_thread.start_new_thread(print, ("PWN" + "ED",))
time.sleep(0.2)
