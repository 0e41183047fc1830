# adversary round 2: 024_make_dataclass_inject
import dataclasses
try:
    C = dataclasses.make_dataclass("C", [("a", int, dataclasses.field(default=1))], namespace={})
    print(C())
    D = dataclasses.make_dataclass("D", [("a:int=print('PWN'+'ED')#", int)])
    print(D)
except Exception as e:
    print("ERR", type(e).__name__, e)
