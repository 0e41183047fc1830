# misc: queue.threading by a computed name: a Thread
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import queue
th = ga(queue, "thread" + "ing")
out = []
try:
    t = th.Thread(target=out.append, args=(1,))
    t.start()
    t.join()
    if out:
        print(M, "a thread ran")
except Exception as e:
    print("refused:", type(e).__name__, e)
