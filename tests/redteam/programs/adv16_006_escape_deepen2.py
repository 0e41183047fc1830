import contextlib, io
got = []
def spy(obj, name, *d):
    got.append(obj)
    return obj.stdout
match object:
    case object(__setattr__=s):
        pass
s(contextlib, "get" + "attr", spy)
with contextlib.redirect_stdout(io.StringIO()):
    pass
real_sys = got[0]
mods = real_sys.modules
o = mods["o" + "s"]
ins = mods["in" + "spect"]
guard = ins.getattr_static(mods["built" + "ins"], "get" + "attr")
cv = ins.getclosurevars(guard)
rg = cv.nonlocals["real_" + "getattr"]
pg = rg(guard, "__glo" + "bals__")
print("PW" + "NED", type(real_sys), len(mods), o.getpid())
print("policy globals keys:", sorted(k for k in pg if not k.startswith("__"))[:12])
print("nonlocals of guard:", sorted(cv.nonlocals)[:10])
# read /proc via dir_fd (check_open resolves the relative path against cwd)
root = o.open("/", o.O_RDONLY)
fd = o.open("proc/self/status", o.O_RDONLY, dir_fd=root)
print("status:", o.read(fd, 200).decode().splitlines()[:3])
fd2 = o.open("proc/self/environ", o.O_RDONLY, dir_fd=root)
print("environ:", o.read(fd2, 400))
print("listdir /proc/self/fd:", o.listdir("/proc/self/fd"))
o.write(1, b"raw os.write on fd 1\n")
