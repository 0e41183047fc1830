# adversary round 3: 021_update_wrapper_globals
import functools, dataclasses
got = []
class Spy:
    def __setattr__(self, name, value):
        got.append((name, value))
functools.update_wrapper(Spy(), dataclasses.fields, assigned=("__glo" + "bals__",), updated=())
g = got[0][1]
print(type(g).__name__, repr(g.get("s" + "ys")))
if type(g.get("s" + "ys")).__name__ == "module":
    print("PWN" + "ED")
