import functools
box = {}
class W:
    def __setattr__(self, k, v):
        box[k] = v
uw = functools.wraps((1).__add__).func
import json
uw(W(), json, ("__di" + "ct__",), ())
ns = box.get("__di" + "ct__")
print("PW" + "NED" if ns and "codecs" in ns else "no", type(ns))
