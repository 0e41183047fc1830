# module: import weakref: weakref.finalize
M = "PWN" + "ED"

import weakref
class A: pass
a = A()
weakref.finalize(a, print, "PWN" + "ED")
del a
