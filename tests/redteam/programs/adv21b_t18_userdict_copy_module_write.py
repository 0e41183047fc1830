import collections
import copy
import json


def evil(s, *a, **k):
    return 'hijacked:' + s


class U(collections.UserDict):
    def __new__(cls, *args, **kwargs):
        if args == (cls,) or (not args and not kwargs and cls.armed):
            return json
        return object.__new__(cls)

    armed = False


u = U()
u.loads = evil
U.armed = True
try:
    copy.copy(u)
except BaseException as x:
    print('copy raised', type(x).__name__, x)
U.armed = False
r = json.loads('{}')
if r == 'hijacked:{}':
    print('PW' + 'NED: json module namespace rewritten by UserDict.__copy__: json.loads(...) ->', r)
else:
    print('not rewritten', r)
