import functools
box = {}
class W:
    def __setattr__(self, k, v):
        box[k] = v
uw = functools.wraps((1).__add__).func
import json
class K:
    pass
uw(W(), K, ("__red" + "uce_ex__",), ())
red = box["__red" + "uce_ex__"]
for proto in (1, 2):
    try:
        print("PW" + "NED" if False else "", red(json, proto))
    except BaseException as e:
        print("refused:", proto, type(e).__name__, str(e)[:80])
