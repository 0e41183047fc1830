import dataclasses
@dataclasses.dataclass
class D:
    x: int = 1
f = dataclasses.fields(D)[0]
f.name = "__di" + "ct__"
try:
    r = dataclasses.asdict(D())
    print("got", r)
    f.name = "__glo" + "bals__"
    r = dataclasses.asdict(D())
    print("PW" + "NED", r)
except Exception as e:
    print("stopped:", type(e).__name__, e)
