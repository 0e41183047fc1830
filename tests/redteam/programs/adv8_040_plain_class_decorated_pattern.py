# adversary round 8: 040: positional class pattern on a class whose decorator could return anything (functools.total_ordering) -> expected 422 (__match_args__)
import functools


@functools.total_ordering
class P:
    def __lt__(self, o):
        return False


match 1:
    case P(x):
        print(x)
