# adversary round 7: dataclass whose class body annotates __globals__ (a Name binding the static check does not judge); expect _get_field's library getattr(cls, '__globals__') to be refused (LIBRARY_REFUSED)
import dataclasses, typing
@dataclasses.dataclass(init=False, repr=False, eq=False)
class P:
    __globals__: int
print(P.__match_args__)
