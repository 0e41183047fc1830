# adversary round 7: namedtuple with field gi_frame (computed) as base of a pattern class bound by assignment -> expect static __match_args__ refusal for the class pattern
import collections, abc
NT = collections.namedtuple('NT', ['gi_' + 'frame'])
class P(NT, abc.ABC):
    pass
def gen():
    yield 1
g = gen()
P.register(type(g))
match g:
    case P(fr):
        print(type(fr).__name__)
        print('PWN' + 'ED')
