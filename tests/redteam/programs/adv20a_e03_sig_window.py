import dataclasses
import heapq

grab = []


def peek(c):
    grab.append(c.__init__)
    return None


@dataclasses.dataclass(frozen=True)
class W:
    heappush: object
    __signature__ = classmethod(property(peek))


def spy(*a, **k):
    print("spy called with", a)


raw = grab[-1] if grab else None
print("grabbed", raw is not None, raw is not W.__init__)
try:
    raw(heapq, spy)
    heapq.heappush([], 1)
    print("PW" + "NED: heapq.heappush rewritten through the raw frozen __init__")
except Exception as e:
    print("refused", type(e).__name__, e)
