# Round 27b (escape): copy's C code read a slot name (declared by another base, or by a rewritten __slots__) that resolved to asyncio.Task.get_stack: the launcher's frames.
import asyncio, copy
got = []
class T(asyncio.Task):
    __slots__ = ("zz",)
    def __setstate__(self, state):
        got.append(state)
T.__slots__ = ("zz", "get" + "_stack")
async def inner():
    copy.copy(asyncio.current_task())
    st = got[0]
    vals = list(st[1].values()) if type(st) is tuple else []
    for fn in vals:
        frames = fn()
        launcher = [repr(f) for f in frames if "launcher.py" in repr(f)]
        if launcher:
            print("PW" + "NED: launcher frames via a __slots__ rewritten after class creation:", launcher[-1])
    print("slot keys:", list(st[1]) if type(st) is tuple else st)
async def main():
    await T(inner(), loop=asyncio.get_running_loop())
asyncio.run(main())
