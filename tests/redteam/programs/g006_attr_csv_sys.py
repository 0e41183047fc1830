# attr: reach a module through csv.sys
import csv
m = csv.sys
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
