import dataclasses
import json
@dataclasses.dataclass(init=False, repr=False, eq=False)
class B:
    """b"""
    a: int
dataclasses.fields(B)[0].name = '__glo' + 'bals__'
@dataclasses.dataclass(init=False, repr=False, eq=False)
class D(B):
    """d"""
f = type(json).__init__
match f:
    case D(g):
        print("PW" + "NED", type(g))
    case _:
        print("no match: isinstance held")
