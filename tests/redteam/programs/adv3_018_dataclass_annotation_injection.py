# adversary round 3: 018_dataclass_annotation_injection
import dataclasses
class Hook:
    pass
ns = {"__annot" + "ations__": {"a,type(self).hit('PWN'+'ED'),self.a": int}}
C = type("C", (), ns)
C.hit = staticmethod(print)
D = dataclasses.dataclass(init=False, repr=False, eq=True)(C)
x = D()
x.a = 1
try:
    print(x == x)
except Exception as e:
    print("eq:", type(e).__name__, e)
