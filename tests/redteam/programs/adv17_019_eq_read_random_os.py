import dataclasses
import random
import json
@dataclasses.dataclass
class B:
    a: int
dataclasses.fields(B)[0].name = '_' + 'os'
try:
    @dataclasses.dataclass
    class D(B):
        pass
    print("PW" + "NED?", D)
except PermissionError as e:
    print("stopped:", e)
