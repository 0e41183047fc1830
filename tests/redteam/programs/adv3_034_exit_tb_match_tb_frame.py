# adversary round 3: 034_exit_tb_match_tb_frame
M = type("M", (type,), {"__instance" + "check__": lambda c, o: True})
P = M("P", (), {"__match" + "_args__": ("tb_" + "frame",)})
class W:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.tb = tb
        return True
w = W()
with w:
    1 / 0
print(repr(w.tb))
match w.tb:
    case P(fr):
        pass
print(repr(fr))
if type(fr).__name__ == "frame":
    print("PWN" + "ED")
