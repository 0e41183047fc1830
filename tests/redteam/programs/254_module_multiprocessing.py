# module: import multiprocessing: multiprocessing spawn
M = "PWN" + "ED"

import multiprocessing
__file__ = None
p = multiprocessing.get_context("spawn").Process(target=print, args=("PWN" + "ED",))
p.start()
p.join()
