# adversary round 3: 002_update_wrapper_get_stack
import asyncio, functools
got = []
class Spy:
    def __setattr__(self, name, value):
        got.append((name, value))
async def main():
    t = asyncio.current_task()
    functools.update_wrapper(Spy(), t, assigned=("get_" + "stack",), updated=())
    m = got[0][1]
    print(repr(m))
    frames = m()
    fr = frames[0]
    print(repr(fr), type(fr).__name__)
    if type(fr).__name__ == "frame":
        print("PWN" + "ED")
asyncio.run(main())
