# attr: reach a module through statistics.sys
import statistics
m = statistics.sys
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
