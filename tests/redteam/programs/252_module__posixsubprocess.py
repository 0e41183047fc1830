# module: import _posixsubprocess: _posixsubprocess.fork_exec starts a process with no audit event
M = "PWN" + "ED"

import _posixsubprocess, os
o = os
ps = _posixsubprocess
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
