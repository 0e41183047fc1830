class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.tb = tb
        return True
c = CM()
with c:
    1 / 0
try:
    fr = getattr(c.tb, "tb_" + "frame")
    g = getattr(fr, "f_glo" + "bals")
    print("PW" + "NED", sorted(g)[:3])
except Exception as e:
    print("stopped:", type(e).__name__, e)
