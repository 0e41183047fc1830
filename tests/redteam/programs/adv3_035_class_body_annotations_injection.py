# adversary round 3: 035_class_body_annotations_injection
import dataclasses
@dataclasses.dataclass(init=False, repr=False)
class C:
    p = print
    a: int
    __annotations__["b,type(self).p('PWN'+'ED'),self.b"] = int
x = C()
x.a = 1
x.b = 2
x == x
