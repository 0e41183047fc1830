# eval: a dataclass field name is pasted into generated __eq__; __module__='enum' picks enum's globals (sys)
import dataclasses, enum
class C:
    __module__ = "enum"
    __annotations__ = {"__doc__,print('PWN' + 'ED', sys.modules['os'].getpid()),self.__doc__": int}
C = dataclasses.dataclass(init=False, repr=False, eq=True)(C)
try:
    C() == C()
except Exception as e:
    print("refused:", type(e).__name__, e)
