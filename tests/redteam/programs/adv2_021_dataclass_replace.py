# adversary round 2: 021_dataclass_replace
import dataclasses
@dataclasses.dataclass
class D:
    x: int = 0
try:
    r = dataclasses.replace(D(), x=1)
    print(r)
except Exception as e:
    print("ERR", e)
