# adversary round 3: 017_match_gi_frame_audited
M = type("M", (type,), {"__instance" + "check__": lambda c, o: True})
P = M("P", (), {"__match" + "_args__": ("gi_" + "frame",)})
def gen():
    yield 1
g = gen()
match g:
    case P(fr):
        pass
print(repr(fr))
if type(fr).__name__ == "frame":
    print("PWN" + "ED")
