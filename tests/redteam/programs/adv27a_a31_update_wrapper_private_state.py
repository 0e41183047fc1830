# Round 27a: update_wrapper merged a library object's private instance attributes into the program's wrapper (redirect_stdout's targets, an event loop's _ssock).
import functools, contextlib, io, asyncio
class Mine:
    def __init__(self):
        self._old_targets = None
        self._ssock = None
buf = io.StringIO()
r = contextlib.redirect_stdout(buf)
with r:
    m = Mine()
    functools.update_wrapper(m, r)
    real = m._old_targets[0]
print("real stdout", type(real), type(real.buffer))
print("PW" + "NED: a library object's private state through update_wrapper")
loop = asyncio.new_event_loop()
m2 = Mine()
try:
    functools.update_wrapper(m2, loop)
    s = m2._ssock
    print("sock", s, type(s))
    S = type(s)
    t = S(1, 1)
    print("new AF_UNIX socket", t)
    try:
        u = S(2, 1)
        print("PW" + "NED: AF_INET socket", u)
    except Exception as e:
        print("inet refused", type(e).__name__, e)
except Exception as e:
    print("err", type(e).__name__, e)
