import dataclasses
import json

class Spy:
    def __init__(self, **kw):
        self.kw = kw
    def decode(self, s):
        return ("PW" + "NED-json.loads-used-our-class", sorted(self.kw))

@dataclasses.dataclass(frozen=True)
class W:
    JSONDecoder: object

W.__init__(json, Spy)
print(json.loads("[1]", object_hook=dict))
