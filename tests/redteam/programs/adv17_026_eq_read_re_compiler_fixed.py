import dataclasses
import functools
import random
import re
import json

box = []

class Catcher:
    def update(self, d):
        box.append(d)

class Sink:
    __dict__ = Catcher()

def leak_self(fn):
    pm = functools.partialmethod(staticmethod(fn))
    class H:
        m = pm
    res = H().m
    box.clear()
    functools.update_wrapper(Sink(), res)
    for k, v in box[0].items():
        if k.endswith('self__'):
            return v

def namespace_of(mod):
    box.clear()
    functools.update_wrapper(Sink(), mod)
    return box[0]

@dataclasses.dataclass
class B:
    a: int

NAME = '_comp' + 'iler'
dataclasses.fields(B)[0].name = NAME

@dataclasses.dataclass
class D(B):
    pass

got = []

class Spy:
    def __eq__(self, other):
        got.append(other)
        return True
    __hash__ = None

mm = type(json)('mm')
ns = namespace_of(mm)
ns[NAME] = Spy()
D.__eq__(re, mm)
comp = got[0]
print("PW" + "NED", "re._compiler reached:", comp, "->", type(comp))
