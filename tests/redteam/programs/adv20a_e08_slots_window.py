import dataclasses
import bisect

grab = []


def peek(c):
    grab.append(c.__init__)
    return "doc"


@dataclasses.dataclass(frozen=True, slots=True)
class W:
    insort: object
    __doc__ = classmethod(property(peek))


def spy(*a, **k):
    print("spy got", a)


try:
    grab[0](bisect, spy)
    bisect.insort([], 1)
    print("PW" + "NED: bisect.insort rewritten (slots=True path, hook runs before _add_slots guards)")
except Exception as e:
    print("refused", type(e).__name__, e)
