# eval: field-name injection into generated __lt__ (order=True)
import dataclasses, enum
class C:
    __module__ = "enum"
    __annotations__ = {"__doc__,print('PWN' + 'ED', sys.modules['os'].getpid()),self.__doc__": int}
try:
    C = dataclasses.dataclass(init=False, repr=False, eq=True, order=True)(C)
    C() < C()
except Exception as e:
    print("refused:", type(e).__name__, e)
