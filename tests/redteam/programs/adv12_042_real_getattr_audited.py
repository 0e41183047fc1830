import functools, operator
box = {}
class W:
    def __setattr__(self, k, v):
        box[k] = v
uw = functools.wraps((1).__add__).func
uw(W(), (1).__add__, ("__red" + "uce__",), ())
h = type("H", (), {})()
h.m = box["__red" + "uce__"]
rg, _ = operator.methodcaller("m")(h)
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        self.tb = tb
        return True
cm = CM()
with cm:
    1 / 0
try:
    fr = rg(cm.tb, "tb_" + "frame")
    print("PW" + "NED", fr)
except BaseException as e:
    print("refused:", type(e).__name__, e)
