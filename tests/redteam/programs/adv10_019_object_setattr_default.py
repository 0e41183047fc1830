import dataclasses
import json
import typing
import random
md = dataclasses.make_dataclass
def dflt(name, bases=()):
    X = md("X", [(name, int)], bases=bases, init=False, repr=False, eq=False, match_args=False)
    return dataclasses.fields(X)[0].default

osa = dflt("__set" + "attr__")
print(osa)
class Spy:
    def __init__(self, **kw):
        self.kw = kw
    def decode(self, s):
        return ("PW" + "NED json.loads used program class", sorted(self.kw))
osa(json, "JSONDecoder", Spy)
print(json.loads("[1]", object_hook=dict))
