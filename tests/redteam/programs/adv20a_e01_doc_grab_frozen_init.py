import dataclasses
import json

grab = []


def peek(c):
    grab.append(c.__init__)
    return "doc"


@dataclasses.dataclass(frozen=True)
class W:
    dumps: object
    __doc__ = classmethod(property(peek))


def spy(*a, **k):
    return "spied"


raw = grab[0] if grab else None
print("grabbed", raw is not None, raw is not W.__init__)
try:
    raw(json, spy)
    print("PW" + "NED: json.dumps rewritten through the raw frozen __init__:", json.dumps({"a": 1}))
except Exception as e:
    print("refused", type(e).__name__, e)
