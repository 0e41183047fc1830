# attr: reach a module through random._sha512
import random
m = random._sha512
try:
    print("PWN" + "ED", m.getpid())
except Exception:
    pass
try:
    print("PWN" + "ED", m.modules['os'].getpid())
except Exception:
    pass
try:
    print("PWN" + "ED", m.currentframe().f_back.f_globals['os'].getpid())
except Exception:
    pass
