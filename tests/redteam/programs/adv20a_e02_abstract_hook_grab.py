import abc
import dataclasses
import random

seen = []
grab = []


class Base(abc.ABC):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        seen.append(cls)


class Probe:
    @property
    def __isabstractmethod__(self):
        if seen:
            grab.append(seen[-1].__init__)
        return False


@dataclasses.dataclass(frozen=True)
class W(Base):
    shuffle: object
    probe = Probe()


def spy(*a, **k):
    print("spy called with", a)


raw = grab[-1] if grab else None
print("grabbed", raw is not None, raw is not W.__init__)
try:
    raw(random, spy)
    random.shuffle([1, 2])
    print("PW" + "NED: random.shuffle rewritten through the raw frozen __init__")
except Exception as e:
    print("refused", type(e).__name__, e)
