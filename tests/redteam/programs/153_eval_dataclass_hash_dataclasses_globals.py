# eval: field-name injection into generated __hash__ (unsafe_hash) with dataclasses' own globals
import dataclasses
class C:
    __module__ = "dataclasses"
    __annotations__ = {"__doc__,print('PWN' + 'ED', sys.modules['os'].getpid()),self.__doc__": int}
try:
    C = dataclasses.dataclass(init=False, repr=False, eq=False, unsafe_hash=True)(C)
    hash(C())
except Exception as e:
    print("refused:", type(e).__name__, e)
