import abc
import collections
import copy
import dataclasses
import typing
import enum

caught = []


def spy(txt, globals_, ns):
    caught.append(globals_)
    ns['__create_fn__'] = lambda **kw: (lambda *a, **k: None)


class U(collections.UserList):
    armed = False

    def __new__(cls, *args, **kwargs):
        if cls.armed:
            return dataclasses
        return object.__new__(cls)


u = U()
u.exec = spy
U.armed = True
copy.copy(u)
U.armed = False


@dataclasses.dataclass
class Probe:
    x: int


G = caught[0]
print('got program globals dict:', 'Probe' in G)


def dn(*parts):
    return '_' * 2 + ''.join(parts) + '_' * 2


RENAMES = {'ma': dn('match', '_args'), 'hook': dn('subclass', 'hook')}


class Meta:
    def __getattr__(self, name):
        def prep(*a, **k):
            class NS(dict):
                def __setitem__(self, key, v):
                    dict.__setitem__(self, RENAMES.get(key, key), v)
            return NS()
        return prep

    def __call__(self, name, bases, ns):
        return type(abc.ABC)(name, bases, dict(ns))


class Q(metaclass=Meta()):
    ma = (dn('glo', 'bals'),)
    hook = classmethod(lambda cls, other: True)


def swap():
    G['_sandbox' + '_class_0'] = Q
    return enum.unique


@dataclasses.dataclass
class P:
    a: int


match swap():
    case P(g):
        print('PW' + 'NED: enum.unique.__globals__ read by a class pattern after the guard; sys.modules has', len(g['sys'].modules), 'entries; os.getpid() =', g['sys'].modules['o' + 's'].getpid())
    case _:
        print('no match')
