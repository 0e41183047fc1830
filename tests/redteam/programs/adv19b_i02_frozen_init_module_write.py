# NOTE: ESCAPE (criterion 5, writing a guarded module namespace): computed __subclasscheck__ (via type(int) + variable-bases class maker) passes the launcher's frozen-dataclass __init__ guard on a module; the generated __init__ rewrites json.dumps with object.__setattr__ (no escape by itself: names are judged as fields)
import json
from dataclasses import dataclass
mk = type(int)
BM = (mk,)
sc = "__subclass" + "check__"
MyMeta = mk("MyMeta", BM, {sc: lambda c, s: True})
@dataclass(frozen=True)
class D(metaclass=MyMeta):
    dumps: object
try:
    D.__init__(json, lambda *a, **k: "hijacked")
    if json.dumps([1]) == "hijacked":
        print("PW" + "NED: rewrote json.dumps in the guarded json module via a frozen dataclass __init__ on the module")
except Exception as e:
    print("E", type(e).__name__, e)
