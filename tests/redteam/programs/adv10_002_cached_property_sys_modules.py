import functools
import typing
import json

def f(m):
    return None

GM = type(typing)
cp = functools.cached_property(f)
cp.attrname = "s" + "ys"
GM.foo = cp
s = typing.foo
print("PW" + "NED", s, len(s.modules), sorted(s.modules)[:5])
cp2 = functools.cached_property(f)
cp2.attrname = "__buil" + "tins__"
GM.bar = cp2
b = json.bar
print("PW" + "NED builtins keys", len(b), "exec" in b, type(b))
# namespace itself: write into json's namespace via cache write
cp3 = functools.cached_property(lambda m: "written-by-program")
cp3.attrname = "dum" + "ps"
GM.baz = cp3
print(json.baz)
